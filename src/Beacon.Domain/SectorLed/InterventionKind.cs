namespace Beacon.Domain.SectorLed;

/// <summary>
/// Where the Department for Education stands with an authority's children's services (seed 004, "intervention"):
/// nothing, an improvement notice, a statutory direction, or a commissioner appointed.
/// </summary>
public enum InterventionKind
{
    None,
    ImprovementNotice,
    StatutoryDirection,
    Commissioner,
}
