namespace Beacon.Domain.Protocol;

/// <summary>The protocol's two intensities of LA support beyond SIP visits (Appendix 3).</summary>
public enum SupportGroupKind
{
    FocusGroup,
    OfficerGroup,
}

/// <summary>
/// A support group as the flags see it: its kind, how often it should meet, when it last met, and (for an Officer
/// Group) when its last keeping-in-touch meeting was.
/// </summary>
public sealed record SupportGroupFacts(
    SupportGroupKind Kind,
    int MeetEveryDays,
    DateOnly Started,
    DateOnly? LastMet,
    DateOnly? Ended,
    DateOnly? LastKeptInTouch = null
);

/// <summary>
/// Where the protocol is not being followed for a school: a school rated AMBER/RED, RED/AMBER or RED with no
/// Officer Group; another potentially vulnerable school (AMBER and its neighbours) with neither a group nor an
/// agreed support plan; a group whose next meeting is overdue by its own frequency; an Officer Group whose fortnightly
/// keeping-in-touch meeting is overdue. A week's grace is allowed for a group's meetings, since meetings move, and
/// none for keeping in touch, which is fortnightly.
/// </summary>
public static class SupportFlags
{
    public const int GraceDays = 7;

    public static IReadOnlyList<string> For(
        SchoolRating rating,
        IReadOnlyCollection<SupportGroupFacts> groups,
        bool hasSupportPlan,
        DateOnly today
    )
    {
        ArgumentNullException.ThrowIfNull(groups);
        var active = groups.Where(g => g.Ended is null || g.Ended > today).ToList();
        var flags = new List<string>();
        if (rating.NeedsOfficerGroup() && !active.Any(g => g.Kind == SupportGroupKind.OfficerGroup))
        {
            flags.Add($"{rating.Name()} school with no Officer Group");
        }
        else if (rating.IsPotentiallyVulnerable() && active.Count == 0 && !hasSupportPlan)
        {
            flags.Add($"{rating.Name()} school with no Focus or Officer Group and no support plan");
        }

        foreach (var group in active)
        {
            var since = group.LastMet ?? group.Started;
            var due = since.AddDays(group.MeetEveryDays);
            if (due.AddDays(GraceDays) < today)
            {
                var met = group.LastMet is { } last ? "last met " + Day(last) : "has not met since it started on " + Day(group.Started);
                flags.Add($"{Name(group.Kind)} meeting overdue: {met}, due by {Day(due)}");
            }

            if (group.Kind == SupportGroupKind.OfficerGroup)
            {
                var kept = group.LastKeptInTouch ?? group.Started;
                var kitDue = kept.AddDays(SupportRhythm.KeepingInTouchEveryDays);
                if (kitDue < today)
                {
                    var when = group.LastKeptInTouch is { } k ? "last " + Day(k) : "none since the group started on " + Day(group.Started);
                    flags.Add($"Keeping-in-touch meeting overdue: {when}, due fortnightly, by {Day(kitDue)}");
                }
            }
        }

        return flags;
    }

    private static string Day(DateOnly date) => date.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Name(SupportGroupKind kind) => kind == SupportGroupKind.FocusGroup ? "Focus Group" : "Officer Group";
}
