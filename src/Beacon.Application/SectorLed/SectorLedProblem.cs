namespace Beacon.Application.SectorLed;

/// <summary>The problem codes the sector-led services share with their pages.</summary>
public static class SectorLedProblem
{
    /// <summary>A record the person may not reach, or that does not exist: the two are not told apart.</summary>
    public const string NotFound = "not-found";
}
