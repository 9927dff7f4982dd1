using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain.Access;
using Beacon.Domain.Protocol;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Protocol;

/// <summary>
/// A school's place on the support continuum: its Focus or Officer Groups and their meetings, the actions agreed
/// with owners and due dates, Warning Notices, and where the protocol is not being followed. Every record is audited.
/// </summary>
[RequirePermission(Permission.RateSchools)]
public sealed class SupportModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The frequencies the protocol names, in days.</summary>
    public static readonly IReadOnlyList<(int Days, string Name)> Frequencies =
    [
        (7, "Weekly"),
        (14, "Fortnightly"),
        (21, "Every three weeks"),
        (42, "Half-termly"),
    ];

    public Data.Schools.School School { get; private set; } = new();

    public SchoolRating? Rating { get; private set; }

    public IReadOnlyList<string> Flags { get; private set; } = [];

    public IReadOnlyList<SupportGroup> Groups { get; private set; } = [];

    public ILookup<int, SupportMeeting> Meetings { get; private set; } = Array.Empty<SupportMeeting>().ToLookup(m => m.GroupId);

    public IReadOnlyList<SupportAction> Actions { get; private set; } = [];

    public IReadOnlyList<WarningNotice> Notices { get; private set; } = [];

    [BindProperty]
    public SupportForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int urn, CancellationToken cancellationToken) =>
        await LoadAsync(urn, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostStartGroupAsync(int urn, CancellationToken cancellationToken) =>
        SaveAsync(
            urn,
            "support group started",
            () =>
            {
                var kind =
                    Enum.TryParse<SupportGroupKind>(Form.Kind, out var parsed) && Enum.IsDefined(parsed) ? parsed : (SupportGroupKind?)null;
                Require(kind is not null, "group-kind", "Select a Focus Group or an Officer Group");
                Require(!string.IsNullOrWhiteSpace(Form.Chair), "group-chair", "Enter who chairs the group");
                Require(Frequencies.Any(f => f.Days == Form.MeetEveryDays), "group-frequency", "Select how often the group meets");
                Require(Form.Date is not null, "group-date", "Enter the date the group starts");
                return ModelState.IsValid
                    ? db.SupportGroups.Add(
                        new SupportGroup
                        {
                            Urn = urn,
                            Kind = kind!.Value,
                            Chair = Form.Chair!.Trim(),
                            Members = Form.Members?.Trim() ?? "",
                            MeetEveryDays = Form.MeetEveryDays,
                            Remit = Form.Text?.Trim() ?? "",
                            StartedOn = Form.Date!.Value,
                        }
                    )
                    : null;
            },
            cancellationToken
        );

    public Task<IActionResult> OnPostMeetingAsync(int urn, CancellationToken cancellationToken) =>
        SaveAsync(
            urn,
            "support meeting",
            () =>
            {
                Require(Groups.Any(g => g.Id == Form.GroupId), "meeting-group", "Select the group that met");
                Require(Form.Date is not null, "meeting-date", "Enter the date of the meeting");
                Require(!string.IsNullOrWhiteSpace(Form.Text), "meeting-progress", "Enter the progress the meeting found");
                return ModelState.IsValid
                    ? db.SupportMeetings.Add(
                        new SupportMeeting
                        {
                            GroupId = Form.GroupId,
                            HeldOn = Form.Date!.Value,
                            Progress = Form.Text!.Trim(),
                        }
                    )
                    : null;
            },
            cancellationToken
        );

    public Task<IActionResult> OnPostActionAsync(int urn, CancellationToken cancellationToken) =>
        SaveAsync(
            urn,
            "support action",
            () =>
            {
                Require(!string.IsNullOrWhiteSpace(Form.Text), "action-text", "Enter the action");
                Require(!string.IsNullOrWhiteSpace(Form.Owner), "action-owner", "Enter who owns the action");
                Require(Form.Date is not null, "action-date", "Enter the date the action is due");
                return ModelState.IsValid
                    ? db.SupportActions.Add(
                        new SupportAction
                        {
                            Urn = urn,
                            Text = Form.Text!.Trim(),
                            Owner = Form.Owner!.Trim(),
                            DueOn = Form.Date!.Value,
                        }
                    )
                    : null;
            },
            cancellationToken
        );

    public Task<IActionResult> OnPostNoticeAsync(int urn, CancellationToken cancellationToken) =>
        SaveAsync(
            urn,
            "warning notice",
            () =>
            {
                Require(Form.Date is not null, "notice-date", "Enter the date the notice was issued");
                Require(!string.IsNullOrWhiteSpace(Form.Text), "notice-grounds", "Enter the grounds for the notice");
                Require(
                    Form.ResponseDue is { } due && Form.Date is { } issued && due > issued,
                    "notice-due",
                    "Enter the date a response is due, after the notice is issued"
                );
                return ModelState.IsValid
                    ? db.WarningNotices.Add(
                        new WarningNotice
                        {
                            Urn = urn,
                            IssuedOn = Form.Date!.Value,
                            Grounds = Form.Text!.Trim(),
                            ResponseDue = Form.ResponseDue!.Value,
                        }
                    )
                    : null;
            },
            cancellationToken
        );

    /// <summary>Closes an action as done today, or ends a group today.</summary>
    public async Task<IActionResult> OnPostCloseAsync(int urn, int? actionId, int? groupId, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (
            actionId is { } a
            && await db.SupportActions.SingleOrDefaultAsync(x => x.Id == a && x.Urn == urn, cancellationToken) is { } action
        )
        {
            action.CompletedOn ??= today;
        }
        else if (
            groupId is { } g
            && await db.SupportGroups.SingleOrDefaultAsync(x => x.Id == g && x.Urn == urn, cancellationToken) is { } group
        )
        {
            group.EndedOn ??= today;
        }
        else
        {
            return NotFound();
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/schools/{urn}/support");
    }

    private async Task<IActionResult> SaveAsync(int urn, string reason, Func<object?> add, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(urn, cancellationToken))
        {
            return NotFound();
        }

        if (add() is null)
        {
            return Page();
        }

        db.AuditScope.Reason = reason;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/schools/{urn}/support");
    }

    /// <summary>Adds an error under the id of the field it is about, so the error summary links to that field.</summary>
    private void Require(bool condition, string fieldId, string message)
    {
        if (!condition)
        {
            ModelState.AddModelError(fieldId, message);
        }
    }

    private async Task<bool> LoadAsync(int urn, CancellationToken cancellationToken)
    {
        if (await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Urn == urn, cancellationToken) is not { } school)
        {
            return false;
        }

        School = school;
        Groups = await db
            .SupportGroups.AsNoTracking()
            .Where(g => g.Urn == urn)
            .OrderByDescending(g => g.StartedOn)
            .ToListAsync(cancellationToken);
        var ids = Groups.Select(g => g.Id).ToList();
        Meetings = (
            await db
                .SupportMeetings.AsNoTracking()
                .Where(m => ids.Contains(m.GroupId))
                .OrderByDescending(m => m.HeldOn)
                .ToListAsync(cancellationToken)
        ).ToLookup(m => m.GroupId);
        Actions = await db
            .SupportActions.AsNoTracking()
            .Where(a => a.Urn == urn)
            .OrderBy(a => a.CompletedOn != null)
            .ThenBy(a => a.DueOn)
            .ToListAsync(cancellationToken);
        Notices = await db
            .WarningNotices.AsNoTracking()
            .Where(n => n.Urn == urn)
            .OrderByDescending(n => n.IssuedOn)
            .ToListAsync(cancellationToken);
        var confirmed = await SchoolReviews.ConfirmedAsync(db, urn, cancellationToken);
        Rating = SchoolRatings.TryParse(confirmed?.Decision.Rating, out var rating) ? rating : null;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var facts = (await SupportRecords.GroupsAsync(db, urn, cancellationToken)).Select(g => g.Facts).ToList();
        var plan = confirmed?.Decision.SupportPlan is not null || Actions.Any(a => a.CompletedOn is null);
        Flags = Rating is { } r ? SupportFlags.For(r, facts, plan, today) : [];
        return true;
    }
}
