using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Domain.Achievement;
using Beacon.Domain.Protocol;
using Beacon.Domain.Schools;
using Beacon.Import.Geography;
using Beacon.Reports.Schools;

namespace Beacon.Application.Protocol;

/// <summary>
/// Gathers the figures Ofsted's inspection triggers are judged on for an authority: its schools' latest
/// inspections as at a date against England's (every school loaded), and its headline attainment and progress
/// measures for a year against England's, with last year's where DfE says they are comparable.
/// </summary>
public static class TriggerFiguresBuilder
{
    /// <summary>The headline measures, all higher-is-better: attainment at the end of primary and secondary, and progress in each.</summary>
    public static readonly IReadOnlyList<string> AttainmentMeasures = ["ks2_rwm_exp", "ks4_att8", "ks4_5ac_em"];

    public static readonly IReadOnlyList<string> ProgressMeasures = ["ks2_read_prog", "ks2_writ_prog", "ks2_mat_prog", "ks4_p8"];

    public static async Task<TriggerFigures> BuildAsync(
        BeaconDbContext db,
        LocalAuthority authority,
        DateOnly asAt,
        int year,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(authority);
        var ours = SchoolOutcomes.Counted(
            await SchoolOutcomes.LoadAsync(db, new SchoolGroup(authority.OldCode, null), asAt, cancellationToken)
        );
        var all = await SchoolOutcomes.LoadAsync(db, SchoolGroup.England, asAt, cancellationToken);
        var england = SchoolOutcomes.Counted(all);
        var category = all.Where(o => o.School.LaCode == authority.OldCode).ToList();
        var catalog = await Schools.AchievementCatalogs.InForceAsync(db, cancellationToken);
        // The authority came from the register, so its summaries are always there.
        var thisYear = (await AchievementSummaryBuilder.LoadAsync(db, authority.NewCode, year, catalog, cancellationToken)).Value;
        var lastYear = (await AchievementSummaryBuilder.LoadAsync(db, authority.NewCode, year - 1, catalog, cancellationToken)).Value;
        return new TriggerFigures(
            new Comparison(PupilsInGoodOrBetter(ours), PupilsInGoodOrBetter(england)),
            new Comparison(InCategory(category), InCategory(all)),
            new Comparison(NotGood(ours), NotGood(england)),
            Trends(AttainmentMeasures, thisYear, lastYear, catalog),
            Trends(ProgressMeasures, thisYear, lastYear, catalog)
        );
    }

    /// <summary>
    /// The share of pupils in good or better schools, only where nine in ten graded schools have pupil numbers:
    /// the national performance tables carry none, and a figure from the few schools a register adds would pass
    /// for England's when it is not.
    /// </summary>
    private static decimal? PupilsInGoodOrBetter(IReadOnlyCollection<OutcomeSchool> schools)
    {
        var graded = schools.Where(s => s.Grade is not null).ToList();
        return graded.Count > 0 && graded.Count(s => s.Pupils is > 0) * 10 >= graded.Count * 9
            ? OfstedOutcomes.PupilsInGoodOrBetter(graded)
            : null;
    }

    /// <summary>The share of graded schools whose latest inspection put them in a category of concern.</summary>
    private static decimal? InCategory(IReadOnlyCollection<SchoolOutcome> outcomes)
    {
        var graded = outcomes.Where(o => o.Latest?.OverallEffectiveness is not null).ToList();
        return graded.Count == 0 ? null : Math.Round(100m * graded.Count(o => o.Latest!.CategoryOfConcern is not null) / graded.Count, 1);
    }

    private static decimal? NotGood(IReadOnlyCollection<OutcomeSchool> schools)
    {
        var graded = schools.Where(s => s.Grade is not null).ToList();
        return graded.Count == 0 ? null : Math.Round(100m * graded.Count(s => !s.Grade!.Value.IsGoodOrBetter()) / graded.Count, 1);
    }

    private static List<MeasureTrend> Trends(
        IReadOnlyList<string> codes,
        AchievementSummary? thisYear,
        AchievementSummary? lastYear,
        AchievementCatalog catalog
    )
    {
        var trends = new List<MeasureTrend>();
        foreach (var code in codes)
        {
            var now = thisYear?.Rows.FirstOrDefault(r => r.Measure.Code == code && r.Group == PupilGroups.AllPupils);
            if (now is null || catalog.Measures.FirstOrDefault(m => m.Code == code) is not { } measure)
            {
                continue;
            }

            // Last year only where DfE says the measure is comparable (the summary's change is null otherwise).
            var before = now.Change is null
                ? null
                : lastYear?.Rows.FirstOrDefault(r => r.Measure.Code == code && r.Group == PupilGroups.AllPupils);
            trends.Add(
                new MeasureTrend(
                    measure.Name,
                    HigherIsBetter: true, // every headline measure here: attainment and progress
                    new Comparison(now.Value, now.England),
                    new Comparison(before?.Value, before?.England)
                )
            );
        }

        return trends;
    }
}
