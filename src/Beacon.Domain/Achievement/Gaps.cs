namespace Beacon.Domain.Achievement;

/// <summary>
/// Attainment gaps, signed as the committee reports them: the gender gap is girls less boys (positive where girls
/// do better); the disadvantage gap is other pupils less disadvantaged (FSM) pupils (positive where disadvantaged
/// pupils are behind). For a percentage measure a gap is in percentage points. A missing or suppressed figure on
/// either side gives no gap: never a gap against zero.
/// </summary>
public static class Gaps
{
    public static decimal? Gender(decimal? girls, decimal? boys) => Difference(girls, boys);

    public static decimal? Disadvantage(decimal? others, decimal? disadvantaged) => Difference(others, disadvantaged);

    /// <summary>How a gap moved from the year before: narrowed, widened or unchanged; none where it cannot be said.</summary>
    public static GapTrend? Trend(AchievementMeasure measure, int year, decimal? gap, decimal? lastYearsGap)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (gap is not { } now || lastYearsGap is not { } before || !measure.IsComparable(year, year - 1))
        {
            return null;
        }

        var (size, previous) = (Math.Abs(now), Math.Abs(before));
        return size < previous ? GapTrend.Narrowed
            : size > previous ? GapTrend.Widened
            : GapTrend.Unchanged;
    }

    private static decimal? Difference(decimal? a, decimal? b) => a is { } x && b is { } y ? x - y : null;
}

/// <summary>The direction a gap moved in a year.</summary>
public enum GapTrend
{
    Narrowed,
    Unchanged,
    Widened,
}
