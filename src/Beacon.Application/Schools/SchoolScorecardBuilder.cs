using System.Globalization;
using Beacon.Data;
using Beacon.Domain.Achievement;
using Beacon.Domain.Schools;
using Beacon.Reports.Schools;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Schools;

/// <summary>Gathers scorecards: the school's figures for the year and the two before, England's beside them, and its latest inspection.</summary>
public static class SchoolScorecardBuilder
{
    public static async Task<IReadOnlyList<SchoolScorecard>> BuildAsync(
        BeaconDbContext db,
        IReadOnlyCollection<int> urns,
        int year,
        AchievementCatalog catalog,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        int[] years = [year - 2, year - 1, year];
        var schools = await db.Schools.AsNoTracking().Where(s => urns.Contains(s.Urn)).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var linesOf = await LinesAsync(db, urns, years, catalog, cancellationToken);
        var outcomes = (
            await SchoolOutcomes.LoadAsync(db, new SchoolGroup(null, null, urns), new DateOnly(year + 1, 8, 31), cancellationToken)
        ).ToDictionary(o => o.School.Urn);
        return schools
            .Select(school =>
            {
                var latest = outcomes.TryGetValue(school.Urn, out var outcome) ? outcome.Latest : null;
                return new SchoolScorecard(
                    school.Urn,
                    school.Name,
                    school.Phase,
                    school.Type,
                    school.LaName,
                    latest is null
                        ? null
                        : $"{((OfstedGrade)latest.OverallEffectiveness!.Value).Name()}, {latest.StartDate.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}"
                            + (latest.Urn != school.Urn ? $" (as URN {latest.Urn}, the school it replaced)" : ""),
                    years,
                    linesOf.GetValueOrDefault(school.Urn) ?? []
                );
            })
            .ToList();
    }

    /// <summary>Each school's measures for the years, with England's all-pupil figure beside each; measures with no school figure are left out.</summary>
    public static async Task<Dictionary<int, IReadOnlyList<ScorecardLine>>> LinesAsync(
        BeaconDbContext db,
        IReadOnlyCollection<int> urns,
        IReadOnlyList<int> years,
        AchievementCatalog catalog,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(years);
        var periods = years.Select(AchievementSummaryBuilder.Period).ToList();
        var codes = urns.Select(u => u.ToString(CultureInfo.InvariantCulture)).ToList();
        var columns = catalog.Measures.SelectMany(m => m.Columns).ToList();
        var own = await db
            .Statistics.AsNoTracking()
            .Where(s =>
                s.GeographicLevel == "School"
                && codes.Contains(s.GeographyCode)
                && periods.Contains(s.TimePeriod)
                && columns.Contains(s.Measure)
            )
            .Select(s => new
            {
                s.Dataset,
                s.GeographyCode,
                s.TimePeriod,
                s.Measure,
                s.Value,
                s.Symbol,
            })
            .ToListAsync(cancellationToken);
        // England's figure for all pupils, in its most final version, as the achievement summary reads it.
        var england = (
            await db
                .Statistics.AsNoTracking()
                .Where(s =>
                    s.GeographicLevel == "National" && periods.Contains(s.TimePeriod) && columns.Contains(s.Measure) && s.Value != null
                )
                .Select(s => new
                {
                    s.Dataset,
                    s.TimePeriod,
                    s.Measure,
                    s.Filters,
                    s.Value,
                })
                .ToListAsync(cancellationToken)
        ).Select(s => (s.TimePeriod, s.Filters, s.Value, Measure: catalog.ForColumn(s.Measure, s.Dataset, s.Filters))).Where(s => s.Measure?.GroupOf(s.Filters) == PupilGroups.AllPupils).GroupBy(s => (s.TimePeriod, s.Measure!.Code)).ToDictionary(g => g.Key, g => g.OrderBy(s => Domain.Statistics.PublicationVersion.RankOf(s.Filters)).First().Value);
        return own.GroupBy(f => int.Parse(f.GeographyCode, CultureInfo.InvariantCulture))
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var figures = g.Select(f => (f.TimePeriod, f.Value, f.Symbol, Measure: catalog.ForColumn(f.Measure, f.Dataset)))
                        .Where(f => f.Measure is not null)
                        .ToDictionary(f => (f.TimePeriod, f.Measure!.Code));
                    IReadOnlyList<ScorecardLine> lines = catalog
                        .Measures.Where(m => periods.Any(p => figures.ContainsKey((p, m.Code))))
                        .Select(m => new ScorecardLine(
                            m,
                            periods
                                .Select(p =>
                                    figures.TryGetValue((p, m.Code), out var f)
                                        ? (f.Value, f.Symbol, england.GetValueOrDefault((p, m.Code)))
                                        : ((decimal?)null, (string?)null, england.GetValueOrDefault((p, m.Code)))
                                )
                                .ToList()
                        ))
                        .ToList();
                    return lines;
                }
            );
    }
}
