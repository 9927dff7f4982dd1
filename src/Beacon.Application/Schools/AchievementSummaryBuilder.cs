using Beacon.Data;
using Beacon.Domain;
using Beacon.Domain.Achievement;
using Beacon.Domain.Benchmarking;
using Beacon.Import.Geography;
using Beacon.Reports.Schools;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Schools;

/// <summary>Builds the achievement summary from the statistics and the authority's schools' figures.</summary>
public static class AchievementSummaryBuilder
{
    public const string EnglandCode = "E92000001";

    private static readonly string[] KeyStagesWithFloors = ["KS2", "KS4"];

    /// <summary>The summary for an authority by its new (ONS) code; a not-found problem where the code is unknown.</summary>
    public static async Task<Result<AchievementSummary>> LoadAsync(
        BeaconDbContext db,
        string laCode,
        int year,
        AchievementCatalog catalog,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalog);
        if (LocalAuthorityRegister.Shipped.FindByNewCode(laCode) is not { } authority)
        {
            return Result.Failure("not-found", $"{laCode}: not a local authority code Beacon knows");
        }

        var periods = new[] { Period(year), Period(year - 1) };
        var columns = catalog.Measures.SelectMany(m => m.Columns).ToList();
        // Neighbours by their new codes, every one an authority has had (a recoded neighbour has two).
        var neighbourCodes = (await Benchmarking.NeighbourModels.ForAsync(db, authority.OldCode, year, cancellationToken))
            .SelectMany(old => LocalAuthorityRegister.Shipped.All.Where(a => a.OldCode == old).Select(a => a.NewCode))
            .ToList();
        var figures = await db
            .Statistics.AsNoTracking()
            .Where(s =>
                periods.Contains(s.TimePeriod)
                && (
                    s.GeographyCode == laCode
                    || s.GeographyCode == EnglandCode
                    || s.GeographyCode == authority.RegionCode
                    || neighbourCodes.Contains(s.GeographyCode)
                )
                && columns.Contains(s.Measure)
                && s.GeographicLevel != "School"
            )
            .Select(s => new
            {
                s.Dataset,
                s.TimePeriod,
                s.GeographyCode,
                s.Filters,
                s.Measure,
                s.Value,
                s.Symbol,
            })
            .ToListAsync(cancellationToken);
        // One figure per place, period, group and measure: the most final version DfE published.
        var best = figures
            .Select(f => (f, Measure: catalog.ForColumn(f.Measure, f.Dataset, f.Filters)))
            .Where(x => x.Measure is not null)
            .Select(x =>
                (x.f, Group: x.Measure!.GroupOf(x.f.Filters), Version: Domain.Statistics.PublicationVersion.RankOf(x.f.Filters), x.Measure)
            )
            .GroupBy(x => (x.f.TimePeriod, x.f.GeographyCode, x.Group, x.Measure.Code))
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Version).First().f);
        decimal? ValueOf(string period, string place, string group, string code) =>
            best.TryGetValue((period, place, group, code), out var f) ? f.Value : null;

        var rows = best
            .Keys.Where(k => k.TimePeriod == periods[0] && k.GeographyCode == laCode)
            .Select(k =>
            {
                var measure = catalog.Measures.Single(m => m.Code == k.Code);
                var figure = best[k];
                return new AchievementRow(
                    measure,
                    k.Group,
                    figure.Value,
                    figure.Symbol,
                    ValueOf(periods[0], EnglandCode, k.Group, k.Code),
                    measure.ChangeOnLastYear(year, figure.Value, ValueOf(periods[1], laCode, k.Group, k.Code)),
                    ValueOf(periods[0], authority.RegionCode, k.Group, k.Code),
                    NeighbourStatistics.Mean(neighbourCodes.Select(n => ValueOf(periods[0], n, k.Group, k.Code)).OfType<decimal>())
                );
            })
            .OrderBy(r => catalog.Measures.ToList().IndexOf(r.Measure))
            .ThenBy(r => r.Group, StringComparer.Ordinal)
            .ToList();

        var gaps = new List<AchievementGap>();
        foreach (var measure in rows.Select(r => r.Measure).Distinct())
        {
            // The measure's own groups: files differ in their words for the same pupils.
            var groups = rows.Where(r => r.Measure == measure).Select(r => r.Group).ToList();
            foreach (var (kind, first, second, gapOf) in GapPairs(groups))
            {
                decimal? Gap(string period, string place) =>
                    gapOf(ValueOf(period, place, first, measure.Code), ValueOf(period, place, second, measure.Code));
                var now = Gap(periods[0], laCode);
                var before = Gap(periods[1], laCode);
                var england = Gap(periods[0], EnglandCode);
                // A gap with no figure anywhere (both groups withheld) says nothing: left out.
                if (now is not null || before is not null || england is not null)
                {
                    gaps.Add(
                        new AchievementGap(measure, kind, now, before, Domain.Achievement.Gaps.Trend(measure, year, now, before), england)
                    );
                }
            }
        }

        var (spreads, below, floors, undecided) = await SchoolsAsync(db, authority.OldCode, year, catalog, cancellationToken);
        return new AchievementSummary(authority.Name, authority.RegionName, year, rows, gaps, spreads, below, floors, undecided);
    }

    /// <summary>DfE's code for an academic year by its first calendar year: 2018 is "201819".</summary>
    public static string Period(int year) => $"{year}{(year + 1) % 100:D2}";

    private static async Task<(List<(AchievementMeasure, Spread)>, List<SchoolBelowFloor>, List<FloorStandard>, int)> SchoolsAsync(
        BeaconDbContext db,
        string oldLaCode,
        int year,
        AchievementCatalog catalog,
        CancellationToken cancellationToken
    )
    {
        var schools = await db
            .Schools.AsNoTracking()
            .Where(s => s.LaCode == oldLaCode)
            .Select(s => new { s.Urn, s.Name })
            .ToListAsync(cancellationToken);
        var bySchool = await SchoolFiguresAsync(db, schools.Select(s => s.Urn).ToList(), year, catalog, cancellationToken);
        var spreads = catalog
            .Measures.Select(m => (m, Spread.Of(bySchool.Values.Where(v => v.ContainsKey(m.Code)).Select(v => v[m.Code]))))
            .Where(s => s.Item2 is not null)
            .Select(s => (s.m, s.Item2!))
            .ToList();
        var floors = Floors(catalog, year);
        var below = new List<SchoolBelowFloor>();
        var undecided = 0;
        foreach (var school in schools.Where(s => bySchool.ContainsKey(s.Urn)))
        {
            foreach (var (keyStage, isBelow) in FloorResults(bySchool[school.Urn], floors))
            {
                switch (isBelow)
                {
                    case true:
                        below.Add(new SchoolBelowFloor(school.Urn, school.Name, keyStage));
                        break;
                    case null:
                        undecided++;
                        break;
                }
            }
        }

        return (spreads, below.OrderBy(b => b.KeyStage).ThenBy(b => b.Name, StringComparer.Ordinal).ToList(), floors, undecided);
    }

    /// <summary>
    /// Each school's figures for a year, by measure code: only the measures Beacon knows (or those asked for), only
    /// figures DfE gave. For many schools the year's figures are read whole and sorted here, which is faster than
    /// sending thousands of URNs to the database.
    /// </summary>
    public static async Task<Dictionary<int, Dictionary<string, decimal>>> SchoolFiguresAsync(
        BeaconDbContext db,
        IReadOnlyCollection<int> urns,
        int year,
        AchievementCatalog catalog,
        CancellationToken cancellationToken,
        IReadOnlyCollection<string>? measures = null
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(urns);
        ArgumentNullException.ThrowIfNull(catalog);
        var wanted = urns.Select(u => u.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var byUrn = wanted.Count <= 1000 ? wanted.ToList() : null;
        var columns = catalog.Measures.Where(m => measures is null || measures.Contains(m.Code)).SelectMany(m => m.Columns).ToList();
        var period = Period(year);
        var figures = await db
            .Statistics.AsNoTracking()
            .Where(s => s.GeographicLevel == "School" && s.TimePeriod == period && s.Value != null && columns.Contains(s.Measure))
            .Where(s => byUrn == null || byUrn.Contains(s.GeographyCode))
            .Select(s => new
            {
                s.Dataset,
                s.GeographyCode,
                s.Measure,
                s.Value,
            })
            .ToListAsync(cancellationToken);
        return figures
            .Where(f => wanted.Contains(f.GeographyCode))
            .Select(f => (f.GeographyCode, Measure: catalog.ForColumn(f.Measure, f.Dataset), f.Value))
            .Where(f => f.Measure is not null && (measures is null || measures.Contains(f.Measure.Code)))
            .GroupBy(f => int.Parse(f.GeographyCode, System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.ToDictionary(f => f.Measure!.Code, f => f.Value!.Value));
    }

    /// <summary>The floor standards in force in a year, for the key stages that have them.</summary>
    public static List<FloorStandard> Floors(AchievementCatalog catalog, int year)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return KeyStagesWithFloors.Select(ks => catalog.FloorFor(ks, year)).OfType<FloorStandard>().ToList();
    }

    /// <summary>For each floor whose key stage the school has figures for: below it, not, or undecided for want of a figure.</summary>
    public static IEnumerable<(string KeyStage, bool? Below)> FloorResults(
        Dictionary<string, decimal> figures,
        IEnumerable<FloorStandard> floors
    ) =>
        floors
            .Where(f => figures.Keys.Any(code => code.StartsWith(f.KeyStage.ToLowerInvariant(), StringComparison.Ordinal)))
            .Select(f => (f.KeyStage, f.Rule.IsMet(figures)));

    // The pairs of groups that make a gap, where the data has both: girls and boys, others and the disadvantaged.
    private static IEnumerable<(string Kind, string First, string Second, Func<decimal?, decimal?, decimal?> Gap)> GapPairs(
        List<string> groups
    )
    {
        if (PupilGroups.GenderPair(groups) is var (girls, boys))
        {
            yield return ("Gender (girls less boys)", girls, boys, Domain.Achievement.Gaps.Gender);
        }

        if (PupilGroups.DisadvantagePair(groups) is var (others, disadvantaged))
        {
            yield return ("Disadvantage (others less disadvantaged)", others, disadvantaged, Domain.Achievement.Gaps.Disadvantage);
        }
    }
}
