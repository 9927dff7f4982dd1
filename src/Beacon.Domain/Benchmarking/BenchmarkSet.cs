namespace Beacon.Domain.Benchmarking;

/// <summary>
/// Local profiles for every authority, indicator and year from the loaded series: ranks are worked out once per
/// indicator and year, then each profile line is looked up. The early warnings are those of the sector-led
/// improvement paper (seed 004): the worst quartile, a fall of two or more quartiles in a year, and an outlier
/// against the statistical neighbours (more than <see cref="OutlierLimit"/> scaled median absolute deviations
/// from their median, on the worse side). Neutral indicators raise no warnings.
/// </summary>
public sealed class BenchmarkSet
{
    public const decimal OutlierLimit = 3m;

    // The median absolute deviation times this estimates a standard deviation for normally spread figures.
    private const decimal MadScale = 1.4826m;

    private readonly Dictionary<string, IndicatorSeries> _series;
    private readonly Dictionary<(string Indicator, int Year), Dictionary<string, RankPlace>> _ranks = [];
    private readonly Func<string, int, IReadOnlyList<string>> _neighbours;
    private readonly Func<string, string?> _regionOf;
    private readonly Func<int, int?> _modelOf;

    public BenchmarkSet(
        IEnumerable<IndicatorSeries> series,
        Func<string, int, IReadOnlyList<string>> neighbours,
        Func<string, string?> regionOf,
        Func<int, int?>? modelOf = null
    )
    {
        _modelOf = modelOf ?? (_ => null);
        ArgumentNullException.ThrowIfNull(series);
        _series = series.ToDictionary(s => s.Indicator.Code);
        _neighbours = neighbours;
        _regionOf = regionOf;
        foreach (var s in _series.Values)
        {
            foreach (var (year, figures) in s.Authorities)
            {
                var values = figures.Where(f => f.Value.HasValue).ToDictionary(f => f.Key, f => f.Value.Value!.Value);
                _ranks[(s.Indicator.Code, year)] = Ranking.Rank(values, s.Indicator.Polarity);
            }
        }
    }

    public IEnumerable<IndicatorSeries> Series => _series.Values;

    public IndicatorSeries? Find(string indicator) => _series.GetValueOrDefault(indicator);

    /// <summary>Every authority with a figure or symbol for the indicator in the year, with its place.</summary>
    public IReadOnlyDictionary<string, RankPlace> Ranks(string indicator, int year) =>
        _ranks.TryGetValue((indicator, year), out var ranks) ? ranks : new Dictionary<string, RankPlace>();

    /// <summary>The authority's statistical neighbours in the model in force for the year, closest first.</summary>
    public IReadOnlyList<string> NeighboursOf(string authority, int year) => _neighbours(authority, year);

    public ProfileLine? Line(string authority, string indicator, int year)
    {
        if (!_series.TryGetValue(indicator, out var series) || !series.Authorities.ContainsKey(year))
        {
            return null;
        }

        var figure = series.Authority(year, authority);
        var neighbours = _neighbours(authority, year).Select(n => series.Authority(year, n).Value).OfType<decimal>().ToList();
        var place = Ranks(indicator, year).GetValueOrDefault(authority);
        var last = series.Authority(year - 1, authority);
        var trend = Enumerable
            .Range(year - 4, 5)
            .Where(series.Authorities.ContainsKey)
            .Select(y => (y, series.Authority(y, authority)))
            .ToList();
        return new ProfileLine(
            series.Indicator,
            year,
            series.PeriodLabels.GetValueOrDefault(year) ?? year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            figure,
            NeighbourStatistics.Mean(neighbours),
            neighbours.Count,
            series.Region(year, _regionOf(authority)),
            series.England.GetValueOrDefault(year),
            place,
            figure.Value - last.Value,
            trend,
            Warnings(series.Indicator, figure, place, Ranks(indicator, year - 1).GetValueOrDefault(authority), neighbours),
            _modelOf(year),
            series.Shared.TryGetValue(year, out var shared) && shared.TryGetValue(authority, out var withOthers)
                ? new SharedFigure(withOthers.Figure, withOthers.With)
                : null
        );
    }

    /// <summary>
    /// An authority's profile as at a year: each indicator in its latest year up to then with any authority's
    /// figure, since DfE publishes by financial, academic and calendar year and not all at once.
    /// </summary>
    public IReadOnlyList<ProfileLine> Profile(string authority, int year) =>
        _series
            .Values.Select(s =>
                (s, Latest: s.Years.Where(y => y <= year && _ranks[(s.Indicator.Code, y)].Count > 0).DefaultIfEmpty(int.MinValue).Max())
            )
            .Where(x => x.Latest != int.MinValue)
            .Select(x => Line(authority, x.s.Indicator.Code, x.Latest))
            .OfType<ProfileLine>()
            .ToList();

    private static List<EarlyWarning> Warnings(
        BenchmarkIndicator indicator,
        AuthorityFigure figure,
        RankPlace? place,
        RankPlace? lastYear,
        IReadOnlyCollection<decimal> neighbours
    )
    {
        var warnings = new List<EarlyWarning>();
        if (indicator.Polarity == Polarity.Neutral || figure.Value is not { } value || place is null)
        {
            return warnings;
        }

        if (place.Band == 'D')
        {
            warnings.Add(new("Worst quartile", $"ranked {place.Rank} of {place.Of}, band D"));
        }

        if (lastYear is not null && place.Band - lastYear.Band >= 2)
        {
            warnings.Add(new("Fell two or more quartiles", $"band {lastYear.Band} last year, {place.Band} this year"));
        }

        if (Outlier(indicator.Polarity, value, neighbours) is { } outlier)
        {
            warnings.Add(outlier);
        }

        return warnings;
    }

    /// <summary>The outlier warning: the figure more than <see cref="OutlierLimit"/> scaled median absolute deviations from its neighbours' median, on the worse side.</summary>
    public static EarlyWarning? Outlier(Polarity polarity, decimal value, IReadOnlyCollection<decimal> neighbours)
    {
        if (
            polarity == Polarity.Neutral
            || NeighbourStatistics.Median(neighbours) is not { } median
            || NeighbourStatistics.MedianAbsoluteDeviation(neighbours) is not (> 0 and var mad)
        )
        {
            return null;
        }

        var worse = polarity == Polarity.HigherIsBetter ? median - value : value - median;
        var score = worse / (MadScale * mad);
        return score > OutlierLimit
            ? new(
                "Outlier against its neighbours",
                $"{value:0.##} against the neighbours' median {median:0.##} (median absolute deviation {mad:0.##}): {score:0.0} scaled deviations on the worse side"
            )
            : null;
    }
}
