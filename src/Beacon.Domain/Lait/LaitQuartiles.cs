namespace Beacon.Domain.Lait;

/// <summary>
/// The four quartile bands LAIT draws over the authorities' latest figures: the 0%, 25%, 50%, 75% and 100% points
/// of R's default quantile (type 7, linear between the order statistics). Band A is the best quarter: the lowest
/// values where lower is better, the highest where higher is better; a value on a threshold falls in the band below
/// it (the lower quarter), as LAIT's bands include their upper limit.
/// </summary>
public sealed record LaitQuartiles(decimal Minimum, decimal Lower, decimal Median, decimal Upper, decimal Maximum)
{
    public static LaitQuartiles? Of(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? null : new(sorted[0], At(sorted, 0.25m), At(sorted, 0.5m), At(sorted, 0.75m), sorted[^1]);
    }

    private static decimal At(decimal[] sorted, decimal p)
    {
        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        return below + 1 >= sorted.Length ? sorted[below] : sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
    }

    /// <summary>The band A-D of a value, or null where the measure has no better direction.</summary>
    public char? Band(decimal value, Polarity polarity)
    {
        var quarter =
            value <= Lower ? 0
            : value <= Median ? 1
            : value <= Upper ? 2
            : 3;
        return polarity switch
        {
            Polarity.LowerIsBetter => (char)('A' + quarter),
            Polarity.HigherIsBetter => (char)('D' - quarter),
            _ => null,
        };
    }
}
