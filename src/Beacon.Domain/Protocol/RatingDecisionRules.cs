namespace Beacon.Domain.Protocol;

/// <summary>
/// When an officer may record a school's rating for a term: a departure from Beacon's proposal needs a reason,
/// and once the School Review Meeting's review is closed its decisions stand; a later change is a new decision,
/// which always needs a reason.
/// </summary>
public static class RatingDecisionRules
{
    /// <summary>Why the decision is refused, or null where it may be recorded.</summary>
    public static string? Refusal(SchoolRating? proposed, SchoolRating rating, string? reason, bool reviewClosed)
    {
        var hasReason = !string.IsNullOrWhiteSpace(reason);
        if (reviewClosed && !hasReason)
        {
            return "The review is closed, so its decisions stand: a later change needs a reason.";
        }

        if (proposed is { } proposal && proposal != rating && !hasReason)
        {
            return $"Give a reason for departing from the proposed rating ({proposal.Name()}).";
        }

        return null;
    }
}
