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
        // One figure per place, period, group and measure: the most final version DfE published, else an officer's.
        var best = figures
            .Select(f => (f, Measure: catalog.ForColumn(f.Measure, f.Dataset, f.Filters)))
            .Where(x => x.Measure is not null)
            .Select(x =>
                (x.f, Group: x.Measure!.GroupOf(x.f.Filters), Version: Domain.Statistics.PublicationVersion.RankOf(x.f.Filters), x.Measure)
            )
            .GroupBy(x => (x.f.TimePeriod, x.f.GeographyCode, x.Group, x.Measure.Code))
            .ToDictionary(
                g => g.Key,
                g =>
                    g.OrderBy(x => x.Version)
                        .Select(x => new Found(x.f.Value, x.f.Symbol, Domain.Statistics.PublicationVersion.IsProvisional(x.f.Filters)))
                        .First()
            );
        var recorded = await db
            .RecordedAchievementFigures.AsNoTracking()
            .Where(r => (r.Year == year || r.Year == year - 1) && (r.GeographyCode == laCode || r.GeographyCode == EnglandCode))
            .ToListAsync(cancellationToken);
        var recordedGaps = new Dictionary<(string, string, string, string), Found>();
        foreach (var r in recorded.Where(r => catalog.Measures.Any(m => m.Code == r.MeasureCode)))
        {
            var found = new Found(r.Value, null, r.IsProvisional, r.Source);
            if (r.Kind == nameof(RecordedFigureKind.Figure))
            {
                best.TryAdd((Period(r.Year), r.GeographyCode, r.PupilGroup, r.MeasureCode), found);
            }
            else
            {
                recordedGaps[(Period(r.Year), r.GeographyCode, r.Kind, r.MeasureCode)] = found;
            }
        }

        decimal? ValueOf(string period, string place, string group, string code) =>
            best.TryGetValue((period, place, group, code), out var f) ? f.Value : null;

        var rows = best
            .Keys.Where(k => k.TimePeriod == periods[0] && k.GeographyCode == laCode)
            .Select(k =>
            {
                var measure = catalog.Measures.Single(m => m.Code == k.Code);
                var figure = best[k];
                var england = best.GetValueOrDefault((periods[0], EnglandCode, k.Group, k.Code));
                // Where England's figure for the year is not yet published, last year's stands in, said so.
                var englandYear = (int?)null;
                if (england?.Value is null && measure.IsComparable(year, year - 1))
                {
                    england = best.GetValueOrDefault((periods[1], EnglandCode, k.Group, k.Code));
                    englandYear = england?.Value is null ? null : year - 1;
                }

                return new AchievementRow(
                    measure,
                    k.Group,
                    figure.Value,
                    figure.Symbol,
                    england?.Value,
                    measure.ChangeOnLastYear(year, figure.Value, ValueOf(periods[1], laCode, k.Group, k.Code)),
                    ValueOf(periods[0], authority.RegionCode, k.Group, k.Code),
                    NeighbourStatistics.Mean(neighbourCodes.Select(n => ValueOf(periods[0], n, k.Group, k.Code)).OfType<decimal>()),
                    new FigureNotes(figure.Provisional, england?.Provisional ?? false, englandYear, figure.Source)
                );
            })
            .OrderBy(r => catalog.Measures.ToList().IndexOf(r.Measure))
            .ThenBy(r => r.Group, StringComparer.Ordinal)
            .ToList();

        var gaps = new List<AchievementGap>();
        var gapMeasures = rows.Select(r => r.Measure.Code)
            .Concat(recordedGaps.Keys.Select(k => k.Item4))
            .Distinct()
            .Select(code => catalog.Measures.Single(m => m.Code == code))
            .OrderBy(m => catalog.Measures.ToList().IndexOf(m));
        foreach (var measure in gapMeasures)
        {
            // The measure's own groups: files differ in their words for the same pupils.
            var groups = rows.Where(r => r.Measure == measure).Select(r => r.Group).ToList();
            var pairs = GapPairs(groups).ToDictionary(p => p.Kind);
            foreach (var (kind, label) in GapKinds)
            {
                var pair = pairs.GetValueOrDefault(kind);
                Found? Recorded(string period, string place) =>
                    recordedGaps.GetValueOrDefault((period, place, kind.ToString(), measure.Code));
                decimal? Gap(string period, string place) =>
                    (
                        pair.Gap is null
                            ? null
                            : pair.Gap(ValueOf(period, place, pair.First, measure.Code), ValueOf(period, place, pair.Second, measure.Code))
                    ) ?? Recorded(period, place)?.Value;
                var now = Gap(periods[0], laCode);
                var before = Gap(periods[1], laCode);
                var england = Gap(periods[0], EnglandCode);
                // A gap with no figure anywhere (both groups withheld) says nothing: left out.
                if (now is not null || before is not null || england is not null)
                {
                    var source =
                        pair.Gap is null || ValueOf(periods[0], laCode, pair.First, measure.Code) is null
                            ? Recorded(periods[0], laCode)?.Source
                            : null;
                    gaps.Add(
                        new AchievementGap(
                            measure,
                            label,
                            now,
                            before,
                            Domain.Achievement.Gaps.Trend(measure, year, now, before),
                            england,
                            source
                        )
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

    private static readonly (RecordedFigureKind Kind, string Label)[] GapKinds =
    [
        (RecordedFigureKind.GenderGap, "Gender (girls less boys)"),
        (RecordedFigureKind.DisadvantageGap, "Disadvantage (others less disadvantaged)"),
    ];

    /// <summary>A figure as found: from a file (with its publication version) or recorded by an officer (with its source).</summary>
    private sealed record Found(decimal? Value, string? Symbol, bool Provisional, string? Source = null);

    // The pairs of groups that make a gap, where the data has both: girls and boys, others and the disadvantaged.
    private static IEnumerable<(RecordedFigureKind Kind, string First, string Second, Func<decimal?, decimal?, decimal?>? Gap)> GapPairs(
        List<string> groups
    )
    {
        if (PupilGroups.GenderPair(groups) is var (girls, boys))
        {
            yield return (RecordedFigureKind.GenderGap, girls, boys, Domain.Achievement.Gaps.Gender);
        }

        if (PupilGroups.DisadvantagePair(groups) is var (others, disadvantaged))
        {
            yield return (RecordedFigureKind.DisadvantageGap, others, disadvantaged, Domain.Achievement.Gaps.Disadvantage);
        }
    }
}
