namespace Beacon.Domain.Benchmarking;

/// <summary>Averages and spreads over the neighbours that have a value: a suppressed or missing neighbour is left out, never a zero.</summary>
public static class NeighbourStatistics
{
    public static decimal? Mean(IEnumerable<decimal> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : list.Average();
    }

    public static decimal? Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The median absolute deviation from the median.</summary>
    public static decimal? MedianAbsoluteDeviation(IReadOnlyCollection<decimal> values) =>
        Median(values) is { } median ? Median(values.Select(v => Math.Abs(v - median))) : null;
}
