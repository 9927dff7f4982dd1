using System.Globalization;
using Beacon.Domain.Statistics;

namespace Beacon.Domain.Performance;

/// <summary>
/// Proposes an indicator's progress rating for a quarter from its values so far. The responsible officer
/// accepts or changes it, with a reason; the proposal only says what the figures say.
/// </summary>
public static class IndicatorProgressRule
{
    /// <param name="polarity">Which way is better.</param>
    /// <param name="accumulation">Whether quarterly values stand alone or add up through the year.</param>
    /// <param name="annualTarget">The target for the year end; none means nothing to judge against.</param>
    /// <param name="profiledTargets">Targets for the quarters, where the service profiled its annual target (1 to 4).</param>
    /// <param name="valuesSoFar">This year's values by quarter (1 to 4); a quarter not reported is absent.</param>
    /// <param name="quarter">The quarter being reported (1 to 4).</param>
    /// <param name="tolerance">How far short still counts as amber.</param>
    /// <param name="bestQuarterlyGain">The best one-quarter improvement recorded so far (<see cref="QuarterlyGain"/>); none when none has been seen.</param>
    public static ProgressProposal Propose(
        Polarity polarity,
        Accumulation accumulation,
        decimal? annualTarget,
        IReadOnlyDictionary<int, decimal> profiledTargets,
        IReadOnlyDictionary<int, StatisticValue> valuesSoFar,
        int quarter,
        RatingTolerance tolerance,
        decimal? bestQuarterlyGain = null
    )
    {
        ArgumentNullException.ThrowIfNull(profiledTargets);
        ArgumentNullException.ThrowIfNull(valuesSoFar);
        ArgumentNullException.ThrowIfNull(tolerance);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);

        if (polarity == Polarity.Neutral)
        {
            return new(ProgressRating.Amber, null, "A contextual measure: it has no target direction to judge against.");
        }

        if (annualTarget is not { } target)
        {
            return new(ProgressRating.Amber, null, "No annual target is set, so progress cannot be judged.");
        }

        if (!valuesSoFar.TryGetValue(quarter, out var latestValue) || latestValue.Number is null)
        {
            var why = latestValue.IsSuppressed ? "is suppressed" : "has not been reported";
            return new(ProgressRating.Amber, null, $"The Q{quarter} value {why}: too early to say.");
        }

        var latest = latestValue.Number.Value;
        var projection = Project(accumulation, valuesSoFar, quarter, latest);

        // A running count past its target has met it for good (higher is better) or missed it for good (lower is better).
        if (accumulation == Accumulation.Cumulative && Shortfall(polarity, latest, target) <= 0 && polarity == Polarity.HigherIsBetter)
        {
            return new(
                ProgressRating.Green,
                projection,
                $"The annual target of {Show(target)} has already been met ({Show(latest)} at Q{quarter})."
            );
        }

        if (accumulation == Accumulation.Cumulative && polarity == Polarity.LowerIsBetter && latest > target + tolerance.AmountFor(target))
        {
            return new(
                ProgressRating.Red,
                projection,
                $"{Show(latest)} at Q{quarter} already exceeds the annual target of {Show(target)}."
            );
        }

        if (profiledTargets.TryGetValue(quarter, out var profiled))
        {
            var rating = TargetShortfall.Judge(Shortfall(polarity, latest, profiled), tolerance.AmountFor(profiled));
            return (
                    rating == ProgressRating.Red
                        ? null
                        : Unreachable(polarity, accumulation, target, latest, quarter, bestQuarterlyGain, tolerance, projection)
                )
                ?? new(
                    rating,
                    projection,
                    $"{Show(latest)} against a Q{quarter} profiled target of {Show(profiled)}; projected year end {Show(projection)} against {Show(target)}."
                );
        }

        var judged = TargetShortfall.Judge(Shortfall(polarity, projection, target), tolerance.AmountFor(target));
        var method =
            accumulation == Accumulation.Cumulative ? "the rate so far continued to year end"
            : Reported(valuesSoFar, quarter) > 1 ? "the trend of this year's quarters"
            : "the latest value held to year end";
        var reason = $"Projected year end {Show(projection)} ({method}) against the annual target of {Show(target)}.";
        var tooEarly = judged == ProgressRating.Red && Reported(valuesSoFar, quarter) == 1 && quarter < 4;
        if (judged == ProgressRating.Red && !tooEarly)
        {
            return new(judged, projection, reason);
        }

        return Unreachable(polarity, accumulation, target, latest, quarter, bestQuarterlyGain, tolerance, projection)
            ?? (
                tooEarly
                    ? new(ProgressRating.Amber, projection, reason + " Only one quarter is reported: too early to say.")
                    : new(judged, projection, reason)
            );
    }

    // Red when even the fastest improvement yet seen, kept up every remaining quarter, falls short: "too early to say"
    // or a hopeful trend would then mislead. A lower-is-better running count cannot fall, so it has its own rule above.
    private static ProgressProposal? Unreachable(
        Polarity polarity,
        Accumulation accumulation,
        decimal target,
        decimal latest,
        int quarter,
        decimal? bestQuarterlyGain,
        RatingTolerance tolerance,
        decimal projection
    )
    {
        if (
            quarter == 4
            || bestQuarterlyGain is not { } gain
            || (accumulation == Accumulation.Cumulative && polarity == Polarity.LowerIsBetter)
        )
        {
            return null;
        }

        var remaining = 4 - quarter;
        var reachable = polarity == Polarity.HigherIsBetter ? latest + (remaining * gain) : latest - (remaining * gain);
        if (Shortfall(polarity, reachable, target) <= tolerance.AmountFor(target))
        {
            return null;
        }

        var pace =
            gain == 0
                ? "no improvement has been seen in any quarter so far"
                : $"even at the best rate seen so far ({Show(gain)} a quarter)";
        return new(
            ProgressRating.Red,
            projection,
            $"The annual target of {Show(target)} can no longer be reached this year: {Show(latest)} at Q{quarter}, and {pace}, so the year would end at {Show(reachable)} at best."
        );
    }

    private static decimal Shortfall(Polarity polarity, decimal value, decimal target) =>
        TargetShortfall.Of(polarity == Polarity.HigherIsBetter, value, target);

    private static decimal Project(Accumulation accumulation, IReadOnlyDictionary<int, StatisticValue> values, int quarter, decimal latest)
    {
        if (accumulation == Accumulation.Cumulative)
        {
            return Math.Round(latest / quarter * 4, 2);
        }

        var points = values
            .Where(v => v.Key <= quarter && v.Value.Number is not null)
            .Select(v => (X: (decimal)v.Key, Y: v.Value.Number!.Value))
            .ToList();
        if (points.Count < 2)
        {
            return latest;
        }

        // Least-squares line through this year's quarters, read at Q4.
        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / points.Sum(p => (p.X - meanX) * (p.X - meanX));
        return Math.Round(meanY + (slope * (4 - meanX)), 2);
    }

    private static int Reported(IReadOnlyDictionary<int, StatisticValue> values, int quarter) =>
        values.Count(v => v.Key <= quarter && v.Value.Number is not null);

    private static string Show(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
