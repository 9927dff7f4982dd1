using Beacon.Domain.Statistics;

namespace Beacon.Domain.Performance;

/// <summary>Decides the direction of travel of an indicator from this period's value and the same period last year's.</summary>
public static class DirectionOfTravelRule
{
    /// <summary>
    /// Better or worse honours the indicator's polarity; a change no larger than <paramref name="sameWithin"/>
    /// (in the indicator's own unit) counts as the same. Not applicable where either value is missing
    /// or suppressed, or the indicator has no polarity: a suppressed figure must not be guessed at.
    /// </summary>
    public static DirectionOfTravel Compare(
        StatisticValue? current,
        StatisticValue? samePeriodLastYear,
        Polarity polarity,
        decimal sameWithin = 0m
    )
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sameWithin);
        if (polarity == Polarity.Neutral || current?.Number is not { } now || samePeriodLastYear?.Number is not { } then)
        {
            return DirectionOfTravel.NotApplicable;
        }

        var change = now - then;
        if (Math.Abs(change) <= sameWithin)
        {
            return DirectionOfTravel.Same;
        }

        var improved = polarity == Polarity.HigherIsBetter ? change > 0 : change < 0;
        return improved ? DirectionOfTravel.Better : DirectionOfTravel.Worse;
    }
}
