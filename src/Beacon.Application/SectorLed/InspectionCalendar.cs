using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.SocialCare;
using Beacon.Import.Geography;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SectorLed;

/// <summary>
/// Proportionate inspection across a region (seed 004, 17.5): each authority's latest Ofsted judgement of its
/// children's services and the next inspection to expect under the deployment's intervals, soonest first.
/// </summary>
public static class InspectionCalendar
{
    /// <summary>An authority of the region: its latest judged inspection, and what comes next (none when never judged).</summary>
    public sealed record Entry(LocalAuthority Authority, AuthorityInspection? Latest, NextInspection? Next);

    /// <summary>The regions of England's current authorities, by name.</summary>
    public static IReadOnlyList<(string Code, string Name)> Regions(int year) =>
        Current(year).Select(a => (a.RegionCode, a.RegionName)).Distinct().OrderBy(r => r.RegionName, StringComparer.Ordinal).ToList();

    /// <summary>The region's authorities as at a date, those due soonest first and the never-judged last.</summary>
    public static async Task<IReadOnlyList<Entry>> ForAsync(
        BeaconDbContext db,
        string regionCode,
        InspectionIntervals intervals,
        DateOnly asAt,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(intervals);
        var authorities = Current(asAt.Year).Where(a => a.RegionCode == regionCode).ToList();
        var codes = authorities.Select(a => a.OldCode).ToList();
        var judged = (
            await db
                .AuthorityInspections.AsNoTracking()
                .Where(i => codes.Contains(i.Authority) && i.Date <= asAt && i.OverallEffectiveness != null)
                .ToListAsync(cancellationToken)
        )
            .GroupBy(i => i.Authority)
            .ToDictionary(g => g.Key, g => g.MaxBy(i => i.Date)!);
        return authorities
            .Select(a =>
            {
                var latest = judged.GetValueOrDefault(a.OldCode);
                return new Entry(a, latest, latest is null ? null : intervals.After(latest.OverallEffectiveness, latest.Date));
            })
            .OrderBy(e => e.Next?.DueBy ?? DateOnly.MaxValue)
            .ThenBy(e => e.Authority.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<LocalAuthority> Current(int year) =>
        LocalAuthorityRegister.Shipped.All.Where(a => !AuthorityChanges.IsAbolished(a.OldCode, year)).DistinctBy(a => a.OldCode);
}
