namespace Beacon.Domain.Protocol;

/// <summary>
/// When an officer may record a school's rating for a term: a departure from Beacon's proposal needs a reason,
/// and once the School Review Meeting's review is closed its decisions stand; a later change is a new decision,
/// which always needs a reason.
/// </summary>
public static class RatingDecisionRules
{
    /// <summary>Whether the decision may be recorded, and why not where it may not.</summary>
    public static Result Check(SchoolRating? proposed, SchoolRating rating, string? reason, bool reviewClosed)
    {
        if (reviewClosed && string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure("review-closed", "The review is closed, so its decisions stand: a later change needs a reason.");
        }

        return DepartureFromProposal.IsUnexplained(proposed, rating, reason)
            ? Result.Failure(
                DepartureFromProposal.Code,
                $"Give a reason for departing from the proposed rating ({proposed!.Value.Name()})."
            )
            : Result.Done;
    }
}
