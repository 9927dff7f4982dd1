using Beacon.Data;
using Beacon.Domain.SocialCare;
using Beacon.Import.AnnexA;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SocialCare;

/// <summary>The latest Annex A extract as the measures read it.</summary>
public static class AnnexAData
{
    public static async Task<IReadOnlyList<ListRow>> RowsAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var lists = AnnexAMap.Shipped.Lists.ToDictionary(l => l.Number);
        var records = await db
            .AnnexARecords.AsNoTracking()
            .Select(r => new
            {
                r.List,
                r.ChildId,
                r.Values,
            })
            .ToListAsync(cancellationToken);
        return records
            .Select(r => new ListRow(r.List, r.ChildId, AnnexAStoredValues.Read(lists.GetValueOrDefault(r.List), r.Values)))
            .ToList();
    }

    /// <summary>Every practice measure from the latest extract as at a day, with the flexible timescales in force (read here unless given).</summary>
    public static async Task<IReadOnlyList<PracticeMeasure>> MeasuresAsync(
        BeaconDbContext db,
        DateOnly asAt,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, FlexibleTimescale>? flexible = null
    ) =>
        PracticeMeasures.Compute(
            await RowsAsync(db, cancellationToken),
            asAt,
            flexible ?? await Data.SocialCare.FlexibleTimescales.InForceAsync(db, cancellationToken)
        );

    /// <summary>How many rows each list of the latest extract holds.</summary>
    public static Task<Dictionary<int, int>> RowsByListAsync(BeaconDbContext db, CancellationToken cancellationToken) =>
        db
            .AnnexARecords.GroupBy(r => r.List)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>The import that brought the latest extract, if one has been loaded.</summary>
    public static Task<Data.Imports.ImportRun?> LatestRunAsync(BeaconDbContext db, CancellationToken cancellationToken) =>
        db
            .ImportRuns.AsNoTracking()
            .Where(r => r.Format == Import.AnnexA.AnnexAFormat.FormatName)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
