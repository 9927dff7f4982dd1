namespace Beacon.Domain.Performance;

/// <summary>The narrative sections of the quarterly report, in the order it prints them.</summary>
public enum NarrativeKind
{
    KeyDevelopments,
    EmergingIssues,
    RiskControl,
    EqualityActions,
}

/// <summary>The headings the report gives the narrative sections (seed 001, sections 2 to 5).</summary>
public static class NarrativeKindNames
{
    public static string Heading(this NarrativeKind kind) =>
        kind switch
        {
            NarrativeKind.KeyDevelopments => "Key Developments",
            NarrativeKind.EmergingIssues => "Emerging Issues",
            NarrativeKind.RiskControl => "Risk Control Measures",
            _ => "Progress against high priority equality actions",
        };
}
