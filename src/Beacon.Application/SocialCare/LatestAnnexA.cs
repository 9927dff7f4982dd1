using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Domain.SocialCare;
using Beacon.Import.AnnexA;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Application.SocialCare;

/// <summary>The latest Annex A extract as the measures read it.</summary>
public static class LatestAnnexA
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

    /// <summary>
    /// Every practice measure from the latest extract as at a day, with the flexible timescales in force (read here
    /// unless given). Kept until the extract, any audited record (a flexible timescale among them) or the day changes:
    /// a large authority's 150,000 rows take most of a second to read and measure, and the dashboard is opened daily.
    /// </summary>
    public static async Task<IReadOnlyList<PracticeMeasure>> MeasuresAsync(
        BeaconDbContext db,
        IMemoryCache cache,
        DateOnly asAt,
        CancellationToken cancellationToken,
        FlexibleDirections? flexible = null
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cache);
        var extract = await db.ImportRuns.Where(r => r.Format == AnnexAFormat.FormatName).MaxAsync(r => (long?)r.Id, cancellationToken);
        var version = await DataVersion.CurrentAsync(db, cancellationToken);
        return (
            await cache.GetOrCreateAsync(
                ("annex-a-measures", db.OrganisationScope, extract, version, asAt),
                async entry =>
                {
                    entry.SlidingExpiration = TimeSpan.FromMinutes(30);
                    return PracticeMeasures.Compute(
                        await RowsAsync(db, cancellationToken),
                        asAt,
                        flexible ?? await Data.SocialCare.FlexibleTimescales.InForceAsync(db, cancellationToken)
                    );
                }
            )
        )!;
    }

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
            .Where(r => r.Format == AnnexAFormat.FormatName)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
