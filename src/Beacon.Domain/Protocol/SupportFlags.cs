namespace Beacon.Domain.Protocol;

/// <summary>The protocol's two intensities of LA support beyond SIP visits (Appendix 3).</summary>
public enum SupportGroupKind
{
    FocusGroup,
    OfficerGroup,
}

/// <summary>A support group as the flags see it: its kind, how often it should meet, and when it last met.</summary>
public sealed record SupportGroupFacts(SupportGroupKind Kind, int MeetEveryDays, DateOnly Started, DateOnly? LastMet, DateOnly? Ended);

/// <summary>
/// Where the protocol is not being followed for a school: a school rated AMBER/RED, RED/AMBER or RED with no
/// Officer Group; another potentially vulnerable school (AMBER and its neighbours) with neither a group nor an
/// agreed support plan; a group whose next meeting is overdue. A week's grace is allowed, since meetings move.
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
        }

        return flags;
    }

    private static string Day(DateOnly date) => date.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Name(SupportGroupKind kind) => kind == SupportGroupKind.FocusGroup ? "Focus Group" : "Officer Group";
}
