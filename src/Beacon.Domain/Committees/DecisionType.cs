namespace Beacon.Domain.Committees;

/// <summary>A report's "type of decision / applicable category".</summary>
public enum DecisionType
{
    KeyDecision,
    NonKey,
    ForInformation,
}

public static class DecisionTypes
{
    /// <summary>As section 1 of the report prints it; a key decision with its forward plan reference.</summary>
    public static string Describe(this DecisionType type, string? forwardPlanReference) =>
        type switch
        {
            DecisionType.KeyDecision => forwardPlanReference is null ? "Key decision" : $"Key decision reference {forwardPlanReference}",
            DecisionType.NonKey => "Non-key",
            _ => "For information",
        };
}
