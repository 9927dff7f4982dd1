using Beacon.Domain.Benchmarking;

namespace Beacon.Domain.Lait;

/// <summary>An early warning on a LAIT measure, with the figures behind it.</summary>
public sealed record LaitWarning(LaitMeasure Measure, string Year, AuthorityFigure Figure, LaitStanding Standing, EarlyWarning Warning);

/// <summary>
/// The sector-led improvement paper's early warnings (seed 004) over every LAIT measure with a better direction, in
/// its latest year: the worst quartile (LAIT's band D), a fall of two or more bands since the year before, and an
/// outlier against the statistical neighbours (Beacon's rule, as for its own profiles). A measure listed under two
/// topics is looked at once.
/// </summary>
public static class LaitEarlyWarnings
{
    public static IReadOnlyList<LaitWarning> For(LaitData data, int authority, LaitGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(data);
        var warnings = new List<LaitWarning>();
        foreach (var measure in data.Measures.Where(m => m.IsRanked).DistinctBy(m => m.Key))
        {
            if (!data.Series.TryGetValue(measure.Key, out var series) || series.Value(authority, series.Latest) is not { } value)
            {
                continue;
            }

            var year = series.Latest;
            var standing = data.Standing(measure, authority, year);
            void Add(EarlyWarning warning) =>
                warnings.Add(new(measure, series.Years[year], series.Figure(authority, year), standing, warning));
            if (standing.Band == 'D')
            {
                Add(new("Worst quartile", $"ranked {standing.Rank} of {standing.Ranked}, band D"));
            }

            if (data.Standing(measure, authority, year - 1).Band is { } before && standing.Band is { } now && now - before >= 2)
            {
                Add(new("Fell two or more quartiles", $"band {before} in {series.Years[year - 1]}, {now} in {series.Years[year]}"));
            }

            var neighbours = data.NeighboursOf(authority, grouping, LaitYear.SortKey(series.Years[year]))
                .Select(n => series.Value(n.Number, year))
                .OfType<decimal>()
                .ToList();
            if (BenchmarkSet.Outlier(measure.Polarity, value, neighbours) is { } outlier)
            {
                Add(outlier);
            }
        }

        return warnings;
    }
}
