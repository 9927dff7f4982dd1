namespace Beacon.Domain.SectorLed;

/// <summary>Each intervention as a paper names it.</summary>
public static class InterventionKindNames
{
    public static string DisplayName(this InterventionKind kind) =>
        kind switch
        {
            InterventionKind.None => "No intervention",
            InterventionKind.ImprovementNotice => "Improvement notice",
            InterventionKind.StatutoryDirection => "Statutory direction",
            InterventionKind.Commissioner => "Commissioner appointed",
            _ => kind.ToString(),
        };
}
