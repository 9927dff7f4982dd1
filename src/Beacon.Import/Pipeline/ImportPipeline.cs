using System.Security.Cryptography;
using Beacon.Data;
using Beacon.Data.Imports;
using Beacon.Import.Tabular;

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
        using var limits = options.Apply();
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
        catch (CellProblemException cell)
        {
            errors.Add(cell.Row, cell.Column, cell.Value, cell.Reason);
            return new ImportOutcome(null, errors);
        }
        catch (InvalidDataException exception)
        {
            errors.Add(0, null, null, exception.Message);
            return new ImportOutcome(null, errors);
        }
        catch (Exception exception) when (StorageProblem.Describe(exception) is { } reason)
        {
            errors.Add(0, null, null, reason);
            return new ImportOutcome(null, errors);
        }

        if (!errors.Any && format is IChecksAgainstData checks)
        {
            await checks.CheckAsync(db, path, errors, cancellationToken);
        }

        if (errors.Any)
        {
            return new ImportOutcome(null, errors);
        }

        try
        {
            return new ImportOutcome(
                await WriteAsync(db, format, path, sourceName, importedBy, started, sha256, rowsRead, progress, cancellationToken),
                errors
            );
        }
        catch (Exception exception) when (StorageProblem.Describe(exception) is { } reason)
        {
            // The transaction was rolled back as it was disposed: nothing of the file is kept.
            db.ChangeTracker.Clear();
            errors.Add(0, null, null, reason);
            return new ImportOutcome(null, errors);
        }
    }

    private async Task<ImportRun> WriteAsync(
        BeaconDbContext db,
        IImportFormat format,
        string path,
        string sourceName,
        string importedBy,
        DateTime started,
        string sha256,
        long rowsRead,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
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
        return run;
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
