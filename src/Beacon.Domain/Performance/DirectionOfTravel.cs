namespace Beacon.Domain.Performance;

/// <summary>
/// Performance against the same period last year, as the report's symbol key defines it:
/// better (green), the same (amber), worse (red), or not comparable (N/A).
/// </summary>
public enum DirectionOfTravel
{
    Better,
    Same,
    Worse,
    NotApplicable,
}
