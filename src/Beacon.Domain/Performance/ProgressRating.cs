namespace Beacon.Domain.Performance;

/// <summary>
/// The traffic light for progress, as the report's symbol key defines it. For an indicator: green, the
/// annual target is on course to be achieved; amber, uncertain or too early to say; red, it will not be
/// achieved without intervention. For a milestone or objective: green, on course within its timeframe;
/// amber, uncertain or too early to say; red, highly likely or certain not to be achieved.
/// </summary>
public enum ProgressRating
{
    Green,
    Amber,
    Red,
}
