namespace Beacon.Domain.SocialCare;

/// <summary>
/// A decision under the flexible-assessment direction (seed 000's closing direction) for a child: the lead social
/// worker's timescale for an assessment in working days, or the social work manager's date for the initial child
/// protection conference; who decided, when and why, and the weekly reviews since. Beacon measures the child against
/// it rather than the 45 or 15 working days.
/// </summary>
public sealed record FlexibleTimescale(
    string ChildId,
    FlexibleDecision Decision,
    int? WorkingDays,
    DateOnly? ConferenceOn,
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

    /// <summary>The child's timescale in working days from the episode's start: the set days, or up to the set date.</summary>
    public int DaysFrom(DateOnly start) => ConferenceOn is { } on ? SocialCare.WorkingDays.Between(start, on) : WorkingDays ?? 0;

    /// <summary>Whose decision it is, as the measures' notes say it.</summary>
    public string Describe() =>
        Decision == FlexibleDecision.ConferenceDate
            ? $"the social work manager's date, {ConferenceOn:yyyy-MM-dd}, decided by {DecidedBy} on {DecidedOn:yyyy-MM-dd}: {Reason}"
            : $"the lead social worker's timescale, decided by {DecidedBy} on {DecidedOn:yyyy-MM-dd}: {Reason}";
}
