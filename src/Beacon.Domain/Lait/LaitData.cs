using System.Collections.Concurrent;
using Beacon.Domain.Benchmarking;

namespace Beacon.Domain.Lait;

/// <summary>
/// LAIT's data set as loaded: its geographies, its dictionary, every measure's figures and the statistical neighbour
/// models, with LAIT's methods over them (read from its public repository, not copied):
/// <list type="bullet">
/// <item>the neighbours' average is the mean of the neighbours that have a figure that year;</item>
/// <item>an authority's region is its region row; a London authority's is London (Inner) or London (Outer) unless
/// the measure has no figure at all for that row, when it is London;</item>
/// <item>the change is the latest figure less the one before it;</item>
/// <item>the rank and the quartile bands are over every authority with a figure in the latest year.</item>
/// </list>
/// The ranks and bands of a measure and year are worked out once and kept.
/// </summary>
public sealed class LaitData(
    IReadOnlyDictionary<int, LaitPlace> places,
    IReadOnlyList<LaitMeasure> measures,
    IReadOnlyDictionary<string, LaitSeries> series,
    IReadOnlyDictionary<int, IReadOnlyDictionary<int, IReadOnlyList<LaitNeighbour>>> neighbourModels
)
{
    private readonly ConcurrentDictionary<(string Key, int Year, Polarity Polarity, bool Quartiles), Standings> _standings = new();

    public IReadOnlyDictionary<int, LaitPlace> Places { get; } = places;

    public IReadOnlyList<LaitMeasure> Measures { get; } = measures;

    public IReadOnlyDictionary<string, LaitSeries> Series { get; } = series;

    /// <summary>Each statistical neighbour model by its first year: each authority's neighbours, closest first.</summary>
    public IReadOnlyDictionary<int, IReadOnlyDictionary<int, IReadOnlyList<LaitNeighbour>>> NeighbourModels { get; } = neighbourModels;

    public static LaitData Empty { get; } =
        new(
            new Dictionary<int, LaitPlace>(),
            [],
            new Dictionary<string, LaitSeries>(),
            new Dictionary<int, IReadOnlyDictionary<int, IReadOnlyList<LaitNeighbour>>>()
        );

    public bool IsLoaded => Series.Count > 0;

    /// <summary>The authorities, by name.</summary>
    public IReadOnlyList<LaitPlace> Authorities =>
        _authorities ??= Places.Values.Where(p => p.Kind == LaitPlaceKind.Authority).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

    /// <summary>Topics by name, each with its measures by name.</summary>
    public IReadOnlyList<(string Topic, IReadOnlyList<LaitMeasure> Measures)> Topics =>
        _topics ??= Measures
            .GroupBy(m => m.Topic)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<LaitMeasure>)g.OrderBy(m => m.Name, StringComparer.Ordinal).ToList()))
            .ToList();

    // Worked out on first use and kept: the data set does not change once loaded.
    private IReadOnlyList<LaitPlace>? _authorities;
    private IReadOnlyList<(string Topic, IReadOnlyList<LaitMeasure> Measures)>? _topics;

    public LaitMeasure? Measure(string key, string? topic = null) =>
        Measures.FirstOrDefault(m => m.Key == key && (topic is null || m.Topic == topic)) ?? Measures.FirstOrDefault(m => m.Key == key);

    /// <summary>The model a grouping uses for a year: its own, or for Beacon's by-year choice the one in force then.</summary>
    public int? ModelFor(LaitGrouping grouping, int year)
    {
        ArgumentNullException.ThrowIfNull(grouping);
        if (grouping.Model is { } model)
        {
            return NeighbourModels.ContainsKey(model) ? model : null;
        }

        return NeighbourModelInForce.Of(NeighbourModels.Keys, year);
    }

    public IReadOnlyList<LaitNeighbour> NeighboursOf(int authority, LaitGrouping grouping, int year) =>
        ModelFor(grouping, year) is { } model && NeighbourModels[model].TryGetValue(authority, out var list) ? list : [];

    /// <summary>The region row LAIT compares an authority with on a measure.</summary>
    public int? RegionOf(int authority, LaitSeries measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (!Places.TryGetValue(authority, out var place) || place.Region is not { } region)
        {
            return null;
        }

        var split = region is LaitPlace.InnerLondon or LaitPlace.OuterLondon;
        return split && !Enumerable.Range(0, measure.Years.Count).Any(y => measure.Value(region, y) is not null)
            ? LaitPlace.London
            : region;
    }

    public LaitLaView? LaView(LaitMeasure measure, int authority, LaitGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (
            !Series.TryGetValue(measure.Key, out var series)
            || !Places.TryGetValue(authority, out var place)
            || place.Kind != LaitPlaceKind.Authority
        )
        {
            return null;
        }

        var rows = new List<LaitRow> { PlaceRow(series, place, LaitRowKind.Authority) };
        if (RegionOf(authority, series) is { } region && Places.TryGetValue(region, out var regionPlace))
        {
            rows.Add(PlaceRow(series, regionPlace, LaitRowKind.Region));
        }

        rows.Add(NeighbourAverage(series, authority, grouping));
        if (Places.TryGetValue(LaitPlace.England, out var england))
        {
            rows.Add(PlaceRow(series, england, LaitRowKind.England));
        }

        return new LaitLaView(measure, series, place, grouping, rows, Standing(measure, authority, series.Latest));
    }

    /// <summary>The authority and each of its neighbours (in the latest year's model) by year, then their average and England.</summary>
    public IReadOnlyList<LaitRow> NeighboursView(LaitMeasure measure, int authority, LaitGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (!Series.TryGetValue(measure.Key, out var series) || !Places.TryGetValue(authority, out var place))
        {
            return [];
        }

        var latestYear = LaitYear.SortKey(series.Years[^1]);
        var rows = new List<LaitRow> { PlaceRow(series, place, LaitRowKind.Authority) };
        rows.AddRange(
            NeighboursOf(authority, grouping, latestYear)
                .Where(n => Places.ContainsKey(n.Number))
                .Select(n => PlaceRow(series, Places[n.Number], LaitRowKind.Neighbour) with { Note = n.Closeness })
        );
        rows.Add(NeighbourAverage(series, authority, grouping));
        if (Places.TryGetValue(LaitPlace.England, out var england))
        {
            rows.Add(PlaceRow(series, england, LaitRowKind.England));
        }

        return rows;
    }

    /// <summary>Every authority of the authority's region (by name), then the region and England.</summary>
    public IReadOnlyList<LaitRow> RegionView(LaitMeasure measure, int authority)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (
            !Series.TryGetValue(measure.Key, out var series)
            || !Places.TryGetValue(authority, out var place)
            || place.Region is not { } region
        )
        {
            return [];
        }

        var compared = RegionOf(authority, series) ?? region;
        var rows = Places
            .Values.Where(p => p.Kind == LaitPlaceKind.Authority && InRegion(p, compared))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => PlaceRow(series, p, LaitRowKind.Authority))
            .ToList();
        foreach (var number in new[] { compared, LaitPlace.England })
        {
            if (Places.TryGetValue(number, out var row))
            {
                rows.Add(PlaceRow(series, row, number == LaitPlace.England ? LaitRowKind.England : LaitRowKind.Region));
            }
        }

        return rows;
    }

    /// <summary>Every authority by year with its latest standing, by name; the regions and England follow.</summary>
    public IReadOnlyList<(LaitRow Row, LaitStanding? Standing)> AllAuthoritiesView(LaitMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (!Series.TryGetValue(measure.Key, out var series))
        {
            return [];
        }

        return Places
            .Values.OrderBy(p => p.Kind)
            .ThenBy(p => p.Kind == LaitPlaceKind.Authority ? p.Name : "", StringComparer.Ordinal)
            .ThenBy(p => p.Number)
            .Select(p =>
                (
                    PlaceRow(
                        series,
                        p,
                        p.Kind switch
                        {
                            LaitPlaceKind.Authority => LaitRowKind.Authority,
                            LaitPlaceKind.Region => LaitRowKind.Region,
                            _ => LaitRowKind.England,
                        }
                    ),
                    p.Kind == LaitPlaceKind.Authority ? Standing(measure, p.Number, series.Latest) : (LaitStanding?)null
                )
            )
            .ToList();
    }

    /// <summary>An authority's rank and band on a measure in a year (by its place in the series' years).</summary>
    public LaitStanding Standing(LaitMeasure measure, int authority, int year)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (!Series.TryGetValue(measure.Key, out var series) || year < 0 || year >= series.Years.Count)
        {
            return new LaitStanding(null, 0, null, null);
        }

        var standings = _standings.GetOrAdd(
            (measure.Key, year, measure.Polarity, measure.HasQuartiles),
            k => Work(series, k.Year, k.Polarity, k.Quartiles)
        );
        var value = series.Value(authority, year);
        return new LaitStanding(
            value is null || !measure.IsRanked ? null : standings.Ranks[authority],
            standings.Ranked,
            value is { } v && standings.Quartiles is { } q ? q.Band(v, measure.Polarity) : null,
            standings.Quartiles
        );
    }

    private Standings Work(LaitSeries series, int year, Polarity polarity, bool quartiles)
    {
        var values = Places
            .Values.Where(p => p.Kind == LaitPlaceKind.Authority)
            .Select(p => (p.Number, Value: series.Value(p.Number, year)))
            .Where(v => v.Value is not null)
            .Select(v => (v.Number, Value: v.Value!.Value))
            .ToList();
        // LAIT ranks by the same rule as Beacon's profiles, but not a measure with no better direction.
        var ranks =
            polarity == Polarity.Neutral
                ? []
                : Ranking.Rank(values.ToDictionary(v => v.Number, v => v.Value), polarity).ToDictionary(r => r.Key, r => r.Value.Rank);

        var bands = quartiles && polarity != Polarity.Neutral ? LaitQuartiles.Of(values.Select(v => v.Value)) : null;
        return new Standings(ranks, values.Count, bands);
    }

    private static bool InRegion(LaitPlace place, int region) =>
        place.Region == region || (region == LaitPlace.London && place.Region is LaitPlace.InnerLondon or LaitPlace.OuterLondon);

    /// <summary>A geography's row of a measure: its figure in each of the measure's years.</summary>
    public static LaitRow PlaceRow(LaitSeries series, LaitPlace place, LaitRowKind kind) =>
        new(kind, place.Number, place.Name, Enumerable.Range(0, series.Years.Count).Select(y => series.Figure(place.Number, y)).ToList());

    private LaitRow NeighbourAverage(LaitSeries series, int authority, LaitGrouping grouping) =>
        new(
            LaitRowKind.NeighbourAverage,
            null,
            "Statistical neighbours' average",
            Enumerable
                .Range(0, series.Years.Count)
                .Select(y =>
                {
                    var values = NeighboursOf(authority, grouping, LaitYear.SortKey(series.Years[y]))
                        .Select(n => series.Value(n.Number, y))
                        .OfType<decimal>()
                        .ToList();
                    return new AuthorityFigure(NeighbourStatistics.Mean(values), null);
                })
                .ToList()
        );

    private sealed record Standings(Dictionary<int, int> Ranks, int Ranked, LaitQuartiles? Quartiles);
}

/// <summary>One of an authority's statistical neighbours in a model, with how close the model says it is.</summary>
public sealed record LaitNeighbour(int Number, string? Closeness);
