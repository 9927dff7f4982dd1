namespace Beacon.Domain.Achievement;

/// <summary>How a measure spreads between schools: the extremes, the quartiles (linear interpolation, as a spreadsheet's QUARTILE.INC) and the median.</summary>
public sealed record Spread(int Schools, decimal Lowest, decimal LowerQuartile, decimal Median, decimal UpperQuartile, decimal Highest)
{
    /// <summary>The spread of the schools' figures; none where there are none.</summary>
    public static Spread? Of(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        decimal At(decimal fraction)
        {
            var position = fraction * (sorted.Length - 1);
            var below = (int)Math.Floor(position);
            var above = Math.Min(below + 1, sorted.Length - 1);
            return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
        }

        return new Spread(sorted.Length, sorted[0], At(0.25m), At(0.5m), At(0.75m), sorted[^1]);
    }
}
