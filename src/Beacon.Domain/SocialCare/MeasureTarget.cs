namespace Beacon.Domain.SocialCare;

/// <summary>
/// The authority's target for a practice measure, in per cent, and how many percentage points short still counts
/// as amber. Set under <c>Beacon:SocialCare:Targets:{code}</c>; Beacon's defaults are near England's published
/// figures, for an authority to replace with its own.
/// </summary>
public sealed record MeasureTarget(decimal Target, decimal Tolerance)
{
    public static IReadOnlyDictionary<string, MeasureTarget> Defaults { get; } =
        new Dictionary<string, MeasureTarget>
        {
            ["re-referrals"] = new(22, 2),
            ["assessments"] = new(85, 5),
            ["initial-conferences"] = new(80, 5),
            ["statutory-visits"] = new(90, 5),
            ["seen-alone"] = new(85, 5),
            ["repeat-plans"] = new(22, 2),
            ["placement-moves"] = new(10, 2),
            ["care-leavers-in-touch"] = new(90, 5),
            ["care-leavers-suitably-housed"] = new(88, 5),
        };

    /// <summary>
    /// Green on or past the target, amber within the tolerance short of it, red beyond; none where there is no
    /// figure or no target (contacts that became referrals describes demand and has none).
    /// </summary>
    public static Performance.ProgressRating? Rate(decimal? percent, bool higherIsBetter, MeasureTarget? target)
    {
        if (percent is not { } value || target is null)
        {
            return null;
        }

        return Performance.TargetShortfall.Judge(Performance.TargetShortfall.Of(higherIsBetter, value, target.Target), target.Tolerance);
    }
}
