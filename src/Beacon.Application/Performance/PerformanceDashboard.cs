using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Data.Performance;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Application.Performance;

/// <summary>What the performance dashboard shows for a quarter and filter: every row already judged.</summary>
public sealed record PerformanceDashboard(
    IReadOnlyList<FinancialQuarter> Quarters,
    FinancialQuarter Quarter,
    IReadOnlyList<BusinessArea> Areas,
    IReadOnlyList<LeadOfficer> LeadOfficers,
    IReadOnlyList<IndicatorAssessment> Indicators,
    IReadOnlyList<(Milestone Milestone, ProgressRating? Rating)> Milestones,
    IReadOnlyList<NarrativeSection> Narratives
)
{
    /// <summary>Names this dashboard's data and filter, for caching the page rendered from it.</summary>
    public string CacheKey { get; private init; } = "";

    /// <summary>
    /// The dashboard from the cache while no audited data has changed since it was built, else fresh from the
    /// database. Judging every indicator is most of a request's work and the same for every reader, so it is done
    /// once per change rather than once per request (issue 3's p95 target, decision 009).
    /// </summary>
    public static async Task<PerformanceDashboard> GetAsync(
        BeaconDbContext db,
        IMemoryCache cache,
        TimeProvider clock,
        FinancialQuarter? quarter,
        int? areaId,
        string? lead,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(cache);
        var version = await DataVersion.CurrentAsync(db, cancellationToken);
        var key = (db.OrganisationScope, version, quarter ?? FinancialQuarter.Current(clock), quarter is null, areaId, lead);
        if (cache.TryGetValue(key, out PerformanceDashboard? cached) && cached is not null)
        {
            return cached;
        }

        var dashboard = await LoadAsync(db, clock, quarter, areaId, lead, cancellationToken) with
        {
            CacheKey = string.Join('/', key.OrganisationScope, key.version, key.Item3, key.Item4, key.areaId, key.lead),
        };
        cache.Set(key, dashboard, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10) });
        return dashboard;
    }

    private static async Task<PerformanceDashboard> LoadAsync(
        BeaconDbContext db,
        TimeProvider clock,
        FinancialQuarter? chosen,
        int? areaId,
        string? lead,
        CancellationToken cancellationToken
    )
    {
        var reported = await db.IndicatorValues.Select(v => new { v.Year, v.Quarter }).Distinct().ToListAsync(cancellationToken);
        var judged = await db.ProgressJudgements.Select(j => new { j.Year, j.Quarter }).Distinct().ToListAsync(cancellationToken);
        var quarters = reported.Concat(judged).Distinct().Select(q => new FinancialQuarter(q.Year, q.Quarter)).OrderDescending().ToList();
        // The latest quarter with values to report; failing that, the latest with a rating; failing that, today's.
        var quarter =
            chosen
            ?? (
                reported.Count > 0 ? reported.Select(q => new FinancialQuarter(q.Year, q.Quarter)).Max()
                : quarters.Count > 0 ? quarters[0]
                : FinancialQuarter.Current(clock)
            );

        var narratives = await db
            .Narratives.AsNoTracking()
            .Where(n => n.Year == quarter.StartYear && n.Quarter == quarter.Quarter)
            .OrderBy(n => n.SortOrder)
            .ToListAsync(cancellationToken);
        var areas = await db.BusinessAreas.AsNoTracking().OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        var leadOfficers = await db.LeadOfficers.AsNoTracking().OrderBy(o => o.Initials).ToListAsync(cancellationToken);
        var indicators = await db
            .Indicators.AsNoTracking()
            .Where(i => (areaId == null || i.BusinessAreaId == areaId) && (lead == null || i.LeadOfficerInitials == lead))
            .OrderBy(i => i.Reference)
            .ToListAsync(cancellationToken);
        var ids = indicators.Select(i => i.Id).ToList();
        var lastYear = quarter.StartYear - 1;
        var values = await db
            .IndicatorValues.AsNoTracking()
            .Where(v => ids.Contains(v.IndicatorId) && (v.Year == quarter.StartYear || v.Year == lastYear))
            .ToListAsync(cancellationToken);
        var targets = await db
            .IndicatorTargets.AsNoTracking()
            .Where(t => ids.Contains(t.IndicatorId) && t.Year == quarter.StartYear)
            .ToListAsync(cancellationToken);
        var judgements = await db
            .ProgressJudgements.AsNoTracking()
            .Where(j => j.Year == quarter.StartYear && j.Quarter == quarter.Quarter)
            .ToListAsync(cancellationToken);
        var (valuesOf, targetsOf) = (values.ToLookup(v => v.IndicatorId), targets.ToLookup(t => t.IndicatorId));
        var judgementOf = judgements.ToDictionary(j => (j.SubjectType, j.SubjectId));
        var assessed = indicators
            .Select(i =>
                IndicatorAssessment.Assess(
                    i,
                    quarter,
                    valuesOf[i.Id],
                    targetsOf[i.Id],
                    judgementOf.GetValueOrDefault((nameof(JudgementSubject.Indicator), i.Id))
                )
            )
            .ToList();
        var milestones = await db
            .Milestones.AsNoTracking()
            .Where(m => (areaId == null || m.BusinessAreaId == areaId) && (lead == null || m.LeadOfficerInitials == lead))
            .OrderBy(m => m.BusinessAreaId)
            .ThenBy(m => m.SortOrder)
            .ToListAsync(cancellationToken);
        var rated = milestones
            .Select(m =>
                (m, judgementOf.GetValueOrDefault((nameof(JudgementSubject.Milestone), m.Id)) is { } j ? j.Rating : (ProgressRating?)null)
            )
            .ToList();
        return new PerformanceDashboard(quarters, quarter, areas, leadOfficers, assessed, rated, narratives);
    }
}
