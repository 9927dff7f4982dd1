using System.Text.Json;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Data.Statistics;
using Beacon.Domain.Periods;
using Beacon.Domain.SocialCare;
using Beacon.Import.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.SocialCare;

/// <summary>
/// The fostering service's quarterly return as JSON (the fields of <see cref="FosteringQuarter"/>, camel case).
/// A quarter loaded again replaces the one held; the same file again changes nothing.
/// </summary>
public sealed class FosteringQuarterFormat : IImportFormat
{
    public const string FormatName = "fostering-quarter";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private FosteringQuarter? _quarter;

    public string Name => FormatName;

    public string Dataset => FormatName;

    public long Validate(string path, ImportErrors errors, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            using var stream = File.OpenRead(path);
            _quarter = JsonSerializer.Deserialize<FosteringQuarter>(stream, Json);
        }
        catch (JsonException e)
        {
            errors.Add(e.LineNumber + 1 ?? 0, e.Path, null, $"not a fostering return: {e.Message}");
            return 0;
        }

        if (_quarter is null || FinancialQuarter.Parse(_quarter.Quarter ?? "") is not { Succeeded: true })
        {
            errors.Add(0, "quarter", _quarter?.Quarter, "give the financial quarter, e.g. 2013-Q1");
            return 0;
        }

        foreach (var problem in _quarter.Problems())
        {
            errors.Add(0, problem[..problem.IndexOf(':', StringComparison.Ordinal)], null, problem);
        }

        return 1;
    }

    public async Task<BulkWriteCounts> WriteAsync(
        BeaconDbContext db,
        string path,
        long importRunId,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var json = JsonSerializer.Serialize(_quarter, Json);
        var held = await db.FosteringReturns.SingleOrDefaultAsync(f => f.Quarter == _quarter!.Quarter, cancellationToken);
        if (held is null)
        {
            db.FosteringReturns.Add(new FosteringReturn { Quarter = _quarter!.Quarter, Json = json });
            await db.SaveChangesAsync(cancellationToken);
            return new BulkWriteCounts(1, 0, 0);
        }

        if (held.Json == json)
        {
            return new BulkWriteCounts(0, 0, 1);
        }

        held.Json = json;
        await db.SaveChangesAsync(cancellationToken);
        return new BulkWriteCounts(0, 1, 0);
    }
}
