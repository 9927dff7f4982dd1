using System.Security.Cryptography;
using Beacon.Data;
using Beacon.Data.Imports;

namespace Beacon.Import.Pipeline;

/// <summary>
/// The one way files enter Beacon: check the size, hash the bytes, validate every row, then write
/// everything in one transaction and record the run. A rejected file leaves the database as it was.
/// </summary>
public sealed class ImportPipeline(ImportOptions options, TimeProvider clock)
{
    public async Task<ImportOutcome> RunAsync(
        BeaconDbContext db,
        IImportFormat format,
        string path,
        string sourceName,
        string importedBy,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(format);
        var errors = new ImportErrors(sourceName);
        var size = new FileInfo(path).Length;
        if (size > options.MaxFileBytes)
        {
            errors.Add(
                0,
                null,
                null,
                $"the file is {size:N0} bytes, over the limit of {options.MaxFileBytes:N0} bytes (Beacon:Import:MaxFileBytes)"
            );
            return new ImportOutcome(null, errors);
        }

        var started = clock.GetUtcNow().UtcDateTime;
        var sha256 = await HashAsync(path, cancellationToken);
        long rowsRead;
        try
        {
            rowsRead = format.Validate(path, errors, progress, cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            errors.Add(0, null, null, exception.Message);
            return new ImportOutcome(null, errors);
        }

        if (errors.Any)
        {
            return new ImportOutcome(null, errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = new ImportRun
        {
            Format = format.Name,
            SourceName = sourceName,
            Dataset = format.Dataset,
            Sha256 = sha256,
            ImportedBy = importedBy,
            StartedAtUtc = started,
            RowsRead = rowsRead,
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        var counts = await format.WriteAsync(db, path, run.Id, progress, cancellationToken);
        run.Inserted = counts.Inserted;
        run.Updated = counts.Updated;
        run.Unchanged = counts.Unchanged;
        run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportOutcome(run, errors);
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
