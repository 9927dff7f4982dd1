using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.Protocol;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Protocol;

/// <summary>
/// A school's place on the support continuum: its Focus or Officer Groups and their meetings, the actions agreed
/// with owners and due dates, Warning Notices, and where the protocol is not being followed. Every record is audited.
/// </summary>
[RequirePermission(Permission.RateSchools)]
public sealed class SupportModel(BeaconDbContext db, SupportRecorder recorder, TimeProvider clock) : PageModel
{
    public Data.Schools.School School { get; private set; } = new();

    public SchoolRating? Rating { get; private set; }

    public IReadOnlyList<string> Flags { get; private set; } = [];

    public IReadOnlyList<SupportGroup> Groups { get; private set; } = [];

    public ILookup<int, SupportMeeting> Meetings { get; private set; } = Array.Empty<SupportMeeting>().ToLookup(m => m.GroupId);

    public IReadOnlyList<SupportAction> Actions { get; private set; } = [];

    public IReadOnlyList<WarningNotice> Notices { get; private set; } = [];

    public IReadOnlyList<CommissionerReferral> Referrals { get; private set; } = [];

    /// <summary>An academy is referred to the Regional Schools Commissioner; only a maintained school gets a Warning Notice.</summary>
    public bool IsAcademy => Domain.Schools.EstablishmentTypes.IsAcademy(School.Type);

    public string? Done { get; private set; }

    [BindProperty]
    public SupportForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int urn, bool saved, CancellationToken cancellationToken)
    {
        Done = saved ? "The support record is saved" : null;
        return await LoadAsync(urn, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostStartGroupAsync(int urn, CancellationToken cancellationToken) =>
        SaveAsync(
            urn,
            () =>
                recorder.StartGroupAsync(
                    urn,
                    Form.Kind,
                    Form.Chair,
                    Form.Members,
                    Form.MeetEveryDays,
                    Form.Text,
                    DateOf(Form.On, "group-date", "The date the group starts"),
                    cancellationToken
                ),
            cancellationToken
        );

    public Task<IActionResult> OnPostMeetingAsync(int urn, CancellationToken cancellationToken) =>
        SaveAsync(
            urn,
            () =>
                recorder.RecordMeetingAsync(
                    urn,
                    Form.GroupId,
                    DateOf(Form.On, "meeting-date", "The date of the meeting"),
                    Form.Text,
                    Form.KeepingInTouch,
                    cancellationToken
                ),
            cancellationToken
        );

    public Task<IActionResult> OnPostActionAsync(int urn, CancellationToken cancellationToken) =>
        SaveAsync(
            urn,
            () =>
                recorder.AddActionAsync(
                    urn,
                    Form.Text,
                    Form.Owner,
                    DateOf(Form.On, "action-date", "The date the action is due"),
                    cancellationToken
                ),
            cancellationToken
        );

    public Task<IActionResult> OnPostNoticeAsync(int urn, CancellationToken cancellationToken) =>
        SaveAsync(
            urn,
            () =>
                recorder.IssueNoticeAsync(
                    urn,
                    DateOf(Form.On, "notice-date", "The date the notice was issued"),
                    Form.Text,
                    DateOf(Form.Due, "notice-due", "The date the response is due"),
                    cancellationToken
                ),
            cancellationToken
        );

    public Task<IActionResult> OnPostReferralAsync(int urn, CancellationToken cancellationToken) =>
        SaveAsync(
            urn,
            () =>
                recorder.ReferToCommissionerAsync(
                    urn,
                    DateOf(Form.On, "referral-date", "The date of the referral"),
                    Form.Text,
                    cancellationToken
                ),
            cancellationToken
        );

    public Task<IActionResult> OnPostTaperAsync(int urn, int groupId, CancellationToken cancellationToken) =>
        SaveAsync(urn, () => recorder.TaperAsync(urn, groupId, cancellationToken), cancellationToken);

    /// <summary>Closes an action as done today, or ends a group today.</summary>
    public async Task<IActionResult> OnPostCloseAsync(int urn, int? actionId, int? groupId, CancellationToken cancellationToken)
    {
        var closed =
            actionId is { } action ? await recorder.CompleteActionAsync(urn, action, cancellationToken)
            : groupId is { } group ? await recorder.EndGroupAsync(urn, group, cancellationToken)
            : Result.Failure(SupportRecorder.NotFound, "Nothing to close");
        return closed.Succeeded ? Redirect($"/schools/{urn}/support?saved=true") : NotFound();
    }

    private async Task<IActionResult> SaveAsync(int urn, Func<Task<Result>> save, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(urn, cancellationToken))
        {
            return NotFound();
        }

        var saved = await save();
        if (saved.Succeeded)
        {
            return Redirect($"/schools/{urn}/support?saved=true");
        }

        if (saved.Problem!.Code == SupportRecorder.NotFound)
        {
            return NotFound();
        }

        ModelState.AddProblem(saved.Problem);
        foreach (var date in _dates)
        {
            ModelState.KeepDateProblem(date);
        }

        return Page();
    }

    // The dates as read from their boxes: a box typed wrongly keeps its own message ("must be a real date").
    private readonly List<Result<DateOnly>> _dates = [];

    private DateOnly? DateOf(DateBoxes boxes, string key, string label)
    {
        var read = boxes.Read(key, label);
        _dates.Add(read);
        return read.Succeeded ? read.Value : null;
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
        Referrals = await db
            .CommissionerReferrals.AsNoTracking()
            .Where(r => r.Urn == urn)
            .OrderByDescending(r => r.ReferredOn)
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
