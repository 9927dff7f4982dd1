namespace Beacon.Domain.Performance;

/// <summary>
/// The best improvement an indicator has made in one quarter, read from its recorded quarters: the fastest it has
/// been seen to move towards its target, which bounds what the rest of a year can honestly be expected to add.
/// </summary>
public static class QuarterlyGain
{
    /// <param name="polarity">Which way is better; a lower-is-better measure gains by falling.</param>
    /// <param name="accumulation">A running count gains by each quarter's addition (Q1's whole value); a snapshot by its change on the quarter before.</param>
    /// <param name="history">Recorded values by financial year (its start) and quarter, in any order; unpublished quarters left out.</param>
    /// <returns>The largest gain seen, at least zero; none when no quarter-on-quarter movement has been seen yet.</returns>
    public static decimal? Best(Polarity polarity, Accumulation accumulation, IEnumerable<(int Year, int Quarter, decimal Value)> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (polarity == Polarity.Neutral)
        {
            return null;
        }

        var byQuarter = history.ToDictionary(h => (h.Year, h.Quarter), h => h.Value);
        var sign = polarity == Polarity.HigherIsBetter ? 1 : -1;
        decimal? best = null;
        foreach (var ((year, quarter), value) in byQuarter)
        {
            decimal? gain =
                accumulation == Accumulation.Cumulative
                    ? quarter == 1
                        ? value
                        : byQuarter.TryGetValue((year, quarter - 1), out var before)
                            ? value - before
                            : null
                    : byQuarter.TryGetValue(quarter == 1 ? (year - 1, 4) : (year, quarter - 1), out var previous)
                        ? sign * (value - previous)
                        : null;
            if (gain is { } g && (best is null || g > best))
            {
                best = g;
            }
        }

        return best is { } found ? Math.Max(found, 0) : null;
    }
}
