using System.Globalization;
using Beacon.Application.Performance;
using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Application.Start;

/// <summary>
/// What each person finds when they sign in: their own work before the rest (issue 17, item 6). Each section is asked
/// of <see cref="AccessPolicy"/>, so a section, and every link in it, is only one its reader may open.
/// </summary>
public sealed class StartPage(
    BeaconDbContext db,
    IMemoryCache cache,
    SocialCare.OverdueSocialCareActions overdueActions,
    TimeProvider clock
)
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    public async Task<IReadOnlyList<StartSection>> ForAsync(BeaconUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var sections = new List<StartSection>();
        if (user.SchoolUrn is { } urn && AccessPolicy.CanViewSchool(user, urn))
        {
            sections.Add(await OwnSchoolAsync(urn, cancellationToken));
        }

        if (AccessPolicy.Can(user, Permission.EditPerformance))
        {
            sections.Add(await QuarterWorkAsync(null, cancellationToken));
        }
        else if (user.LeadOfficerInitials is { } initials && AccessPolicy.CanUpdateIndicator(user, initials))
        {
            sections.Add(await QuarterWorkAsync(initials, cancellationToken));
        }

        if (AccessPolicy.Can(user, Permission.RateSchools))
        {
            sections.Add(await OpenReviewsAsync(cancellationToken));
            sections.Add(await OverdueSupportAsync(today, cancellationToken));
        }

        if (AccessPolicy.Can(user, Permission.ViewChildLevelData))
        {
            sections.Add(await SocialCareOverdueAsync(cancellationToken));
        }

        if (user.Roles.Contains(BeaconRole.Councillor) && AccessPolicy.Can(user, Permission.ViewCommittees))
        {
            sections.Add(await NextMeetingAsync(user, cancellationToken));
        }

        if (AccessPolicy.Can(user, Permission.ManageUsers))
        {
            sections.Add(await UsersAndImportsAsync(cancellationToken));
        }

        return sections;
    }

    private async Task<StartSection> OwnSchoolAsync(int urn, CancellationToken cancellationToken)
    {
        var name = await db.Schools.Where(s => s.Urn == urn).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        return new("Your school", name is null ? [] : [new StartItem(name, $"/schools/{urn}")], "Your school is not in Beacon yet.");
    }

    // A lead officer's own indicators and milestones; for a performance officer (no initials), everyone's still to finish.
    private async Task<StartSection> QuarterWorkAsync(string? initials, CancellationToken cancellationToken)
    {
        var dashboard = await PerformanceDashboard.GetAsync(db, cache, clock, null, null, null, cancellationToken);
        var quarter = dashboard.Quarter;
        var rated = await db
            .ProgressJudgements.Where(j => j.Year == quarter.StartYear && j.Quarter == quarter.Quarter)
            .Select(j => new { j.SubjectType, j.SubjectId })
            .ToListAsync(cancellationToken);
        bool IsRated(JudgementSubject subject, int id) => rated.Any(r => r.SubjectType == subject.ToString() && r.SubjectId == id);
        var items = dashboard
            .Indicators.Where(a => initials is null || a.Indicator.LeadOfficerInitials == initials)
            .Select(a => new StartItem(
                $"{a.Indicator.Reference} {a.Indicator.Title}",
                $"/performance/indicators/{a.Indicator.Id}?quarter={quarter}",
                a.Value is null ? "Value not entered"
                    : IsRated(JudgementSubject.Indicator, a.Indicator.Id) ? "Done"
                    : "Rating not recorded"
            ))
            .Concat(
                dashboard
                    .Milestones.Where(m => initials is null || m.Milestone.LeadOfficerInitials == initials)
                    .Select(m => new StartItem(
                        $"{m.Milestone.ObjectiveReference} {m.Milestone.Text}",
                        $"/performance/milestones/{m.Milestone.Id}?quarter={quarter}",
                        IsRated(JudgementSubject.Milestone, m.Milestone.Id) ? "Done" : "Rating not recorded"
                    ))
            )
            .Where(i => initials is not null || i.State != "Done")
            .ToList();
        return initials is null
            ? new($"Indicators and milestones still to finish for {quarter.DisplayName}", items, "Every indicator and milestone is done.")
            : new($"Your indicators and milestones for {quarter.DisplayName}", items, "You lead no indicator or milestone.");
    }

    private async Task<StartSection> OpenReviewsAsync(CancellationToken cancellationToken)
    {
        var open = await db.SchoolReviews.Where(r => r.ClosedAtUtc == null).OrderBy(r => r.MeetingDate).ToListAsync(cancellationToken);
        var items = new List<StartItem>();
        foreach (var review in open)
        {
            var schools = (await SchoolReviews.ScopeAsync(db, review.Id, cancellationToken)).Count;
            var decided = schools - (await SchoolReviews.UndecidedAsync(db, review.Id, cancellationToken)).Count;
            items.Add(
                new(
                    $"{review.Term} review, meeting {review.MeetingDate.ToString("d MMMM yyyy", En)}",
                    $"/schools/reviews/{review.Id}",
                    $"{decided} of {schools} schools decided"
                )
            );
        }

        return new("Your open review", items, "No review is open.");
    }

    private async Task<StartSection> OverdueSupportAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var overdue = await db
            .SupportActions.Where(a => a.CompletedOn == null && a.DueOn < today)
            .OrderBy(a => a.DueOn)
            .ToListAsync(cancellationToken);
        var names = await db
            .Schools.Where(s => overdue.Select(a => a.Urn).Contains(s.Urn))
            .ToDictionaryAsync(s => s.Urn, s => s.Name, cancellationToken);
        return new(
            "Overdue support actions",
            overdue
                .Select(a => new StartItem(
                    $"{names.GetValueOrDefault(a.Urn, $"URN {a.Urn}")}: {a.Text}",
                    $"/schools/{a.Urn}/support",
                    $"Due {a.DueOn.ToString("d MMMM yyyy", En)} ({a.Owner})"
                ))
                .ToList(),
            "No support action is overdue."
        );
    }

    // The oldest overdue actions, each linked to where it is put right, and the readiness page for all of them.
    private async Task<StartSection> SocialCareOverdueAsync(CancellationToken cancellationToken)
    {
        var overdue = await overdueActions.ListAsync(cancellationToken);
        return new(
            "Overdue actions",
            [
                .. overdue.Take(5).Select(o => new StartItem($"{o.What}: {o.Who}", o.Link, $"Due {o.Due.ToString("d MMMM yyyy", En)}")),
                new StartItem(
                    overdue.Count == 0 ? "Inspection readiness" : $"All {overdue.Count} overdue actions, oldest first",
                    "/social-care/readiness#overdue"
                ),
            ],
            "No social care action is overdue."
        );
    }

    private async Task<StartSection> NextMeetingAsync(BeaconUser user, CancellationToken cancellationToken)
    {
        var seats = await db
            .CommitteeMembers.Where(m => m.UserName == user.UserName)
            .Select(m => m.CommitteeId)
            .ToListAsync(cancellationToken);
        var meetings = (await db.Meetings.AsNoTracking().Include(m => m.Committee).Include(m => m.Items).ToListAsync(cancellationToken))
            .Where(m => AccessPolicy.CanReadMeeting(user, seats.Contains(m.CommitteeId), m.IsPublished))
            .ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var next = meetings.Where(m => m.StartsAt >= now).MinBy(m => m.StartsAt);
        var meeting = next ?? meetings.MaxBy(m => m.StartsAt);
        if (meeting is null)
        {
            return new("Your next meeting", [], "No meeting of your committees is published yet.");
        }

        var when = meeting.StartsAt.ToString("d MMMM yyyy", En);
        var items = new List<StartItem>
        {
            new(
                $"{meeting.Committee!.Name}, {when}",
                $"/committees/meetings/{meeting.Id}",
                next is null ? "No later meeting is published: this is the latest" : null
            ),
        };
        items.AddRange(
            meeting
                .Items.Where(i => AccessPolicy.CanViewCommitteeItem(user, i.ExemptParagraph is not null))
                .OrderBy(i => i.Section)
                .ThenBy(i => i.Position)
                .Select(i => new StartItem(i.Title, $"/committees/meetings/{meeting.Id}", "Paper"))
        );
        return new(next is null ? "Your latest meeting" : "Your next meeting", items, "");
    }

    private async Task<StartSection> UsersAndImportsAsync(CancellationToken cancellationToken)
    {
        var users = await db.Users.CountAsync(cancellationToken);
        var disabled = await db.Users.CountAsync(u => u.IsDisabled, cancellationToken);
        var imports = await db.ImportRuns.OrderByDescending(r => r.StartedAtUtc).Take(5).ToListAsync(cancellationToken);
        var items = new List<StartItem> { new("Users", "/admin/users", $"{users} accounts, {disabled} disabled") };
        items.AddRange(
            imports.Select(r => new StartItem(
                r.SourceName,
                "/imports",
                $"{r.Inserted + r.Updated:N0} written, {r.Unchanged:N0} unchanged, by {r.ImportedBy}"
            ))
        );
        return new("Users and recent imports", items, "");
    }
}
