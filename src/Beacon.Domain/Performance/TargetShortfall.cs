namespace Beacon.Domain.Performance;

/// <summary>
/// How far a figure falls short of its target, and the traffic light for it: green on or past the target, amber
/// within the tolerance short of it, red beyond. Shared by the performance framework and the social care measures.
/// </summary>
public static class TargetShortfall
{
    /// <summary>The shortfall in the direction that matters; zero or less means on target.</summary>
    public static decimal Of(bool higherIsBetter, decimal value, decimal target) => higherIsBetter ? target - value : value - target;

    public static ProgressRating Judge(decimal shortfall, decimal tolerance) =>
        shortfall <= 0 ? ProgressRating.Green
        : shortfall <= tolerance ? ProgressRating.Amber
        : ProgressRating.Red;
}
