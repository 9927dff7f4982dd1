namespace Beacon.Domain.SocialCare;

/// <summary>
/// A lead social worker's own timescale for a child's assessment, under the flexible-assessment direction (seed
/// 000's closing direction): who decided, when and why, and the weekly reviews since. Beacon measures the
/// assessment against it rather than the 45 working days.
/// </summary>
public sealed record FlexibleTimescale(
    string ChildId,
    int WorkingDays,
    string DecidedBy,
    DateOnly DecidedOn,
    string Reason,
    IReadOnlyList<DateOnly> Reviews
)
{
    public const int ReviewEveryDays = 7;

    /// <summary>The day the next weekly review is due: a week after the last review, or after the decision.</summary>
    public DateOnly ReviewDue => (Reviews.Count > 0 ? Reviews.Max() : DecidedOn).AddDays(ReviewEveryDays);

    public bool IsReviewOverdue(DateOnly today) => today > ReviewDue;
}
