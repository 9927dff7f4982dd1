namespace Beacon.Domain;

/// <summary>
/// Where Beacon proposes a rating (a school's under the protocol, an indicator's or a milestone's progress), the
/// officer decides; a decision other than the proposal needs a reason, which the audit trail keeps.
/// </summary>
public static class DepartureFromProposal
{
    /// <summary>The problem's code: a departure with no reason.</summary>
    public const string Code = "reason-needed";

    /// <summary>True where the decision departs from a proposal and gives no reason for it.</summary>
    public static bool IsUnexplained<TRating>(TRating? proposed, TRating decided, string? reason)
        where TRating : struct, Enum => proposed is { } proposal && !proposal.Equals(decided) && string.IsNullOrWhiteSpace(reason);
}
