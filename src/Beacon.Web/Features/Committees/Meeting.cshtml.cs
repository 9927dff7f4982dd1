using Beacon.Application.Committees;
using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain.Access;
using Beacon.Domain.Committees;
using Beacon.Reports.Committees;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Committees;

/// <summary>
/// A meeting: its agenda in the council's structure, the agenda pack (public, and exempt for those granted it),
/// the minutes with numbered resolutions and their actions, and matters arising from the last meeting. Democratic
/// services publish, record and approve here.
/// </summary>
[RequirePermission(Permission.ViewCommittees)]
public sealed class MeetingModel(BeaconDbContext db, MeetingRecorder recorder, AgendaEditor editor) : PageModel
{
    public Meeting Meeting { get; private set; } = new();

    public IReadOnlyList<AgendaItem> Items { get; private set; } = [];

    public IReadOnlyList<(AgendaItem Item, Resolution Resolution, ResolutionAction Action)> MattersArising { get; private set; } = [];

    public bool MayManage { get; private set; }

    public bool MayReadExempt { get; private set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public AgendaSection Section { get; set; } = AgendaSection.ForInformation;

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? ReportOf { get; set; }

    [BindProperty]
    public string? Present { get; set; }

    [BindProperty]
    public string? Apologies { get; set; }

    [BindProperty]
    public string? Declarations { get; set; }

    /// <summary>The first minute number where Beacon holds none of the municipal year's earlier minutes.</summary>
    [BindProperty]
    public int? FirstNumber { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>The agenda pack as Word: the public part, or the exempt part for those granted exempt items.</summary>
    public Task<IActionResult> OnGetPackAsync(int id, string? part, CancellationToken cancellationToken) =>
        WordAsync(
            id,
            part,
            meeting => meeting.IsPublished,
            async (pack, authority) =>
            {
                var built = await AgendaPacks.BuildAsync(db, id, pack, authority, cancellationToken);
                return stream => AgendaPackWriter.Write(built!, HttpContext.RequestServices.Today(), stream);
            },
            "agenda-pack",
            cancellationToken
        );

    /// <summary>The minutes as Word, draft until approved: the public minutes, or the exempt minutes for those granted them.</summary>
    public Task<IActionResult> OnGetMinutesAsync(int id, string? part, CancellationToken cancellationToken) =>
        WordAsync(
            id,
            part,
            _ => Items.Any(i => i.MinuteNumber is not null && i.IsPublished),
            async (minutes, authority) =>
            {
                var built = await MinutesBuilder.BuildAsync(db, id, minutes, authority, cancellationToken);
                return stream => MinutesWriter.Write(built!, HttpContext.RequestServices.Today(), stream);
            },
            "minutes",
            cancellationToken
        );

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken) =>
        ManageAsync(
            id,
            () => recorder.PublishAsync(id, Actor, cancellationToken),
            "The agenda is published and its papers fixed.",
            cancellationToken
        );

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken) =>
        ManageAsync(
            id,
            () => recorder.ApproveMinutesAsync(id, Actor, cancellationToken),
            "The minutes are approved and locked.",
            cancellationToken
        );

    public Task<IActionResult> OnPostResolveAsync(int id, int itemId, CancellationToken cancellationToken) =>
        ManageAsync(
            id,
            async () =>
                (await recorder.ResolveAsync(itemId, Text ?? "", Actor, cancellationToken)).Problem is { } p ? p : Domain.Result.Done,
            "The resolution is recorded.",
            cancellationToken
        );

    public Task<IActionResult> OnPostCorrectAsync(int id, int resolutionId, CancellationToken cancellationToken) =>
        ManageAsync(
            id,
            () => recorder.CorrectAsync(resolutionId, Text ?? "", Reason, Actor, cancellationToken),
            "The resolution is corrected.",
            cancellationToken
        );

    /// <summary>Adds an item at the end of its section, then opens its paper to write.</summary>
    public Task<IActionResult> OnPostAddItemAsync(int id, CancellationToken cancellationToken) =>
        ManageAsync(
            id,
            () => editor.AddAsync(id, Section, Title, ReportOf, Actor, cancellationToken),
            item => (null, $"/committees/items/{item.Id}/edit"),
            cancellationToken
        );

    public Task<IActionResult> OnPostSupplementAsync(int id, int itemId, CancellationToken cancellationToken) =>
        ManageAsync(
            id,
            () => recorder.PublishSupplementAsync(itemId, Actor, cancellationToken),
            "The supplement is published and its paper fixed.",
            cancellationToken
        );

    public Task<IActionResult> OnPostAttendanceAsync(int id, CancellationToken cancellationToken) =>
        ManageAsync(
            id,
            () => editor.RecordAttendanceAsync(id, Present, Apologies, Declarations, Reason, Actor, cancellationToken),
            "Attendance, apologies and declarations are recorded.",
            cancellationToken
        );

    public Task<IActionResult> OnPostNumberAsync(int id, CancellationToken cancellationToken) =>
        ManageAsync(
            id,
            () => recorder.NumberMinutesAsync(id, FirstNumber ?? 1, Actor, cancellationToken),
            "The minutes are numbered.",
            cancellationToken
        );

    public Task<IActionResult> OnPostDoneAsync(int id, int actionId, CancellationToken cancellationToken) =>
        ManageAsync(
            id,
            () => recorder.CompleteActionAsync(actionId, Actor, cancellationToken),
            "The action is marked done.",
            cancellationToken
        );

    private string Actor => User.Identity?.Name ?? "unknown";

    private Task<IActionResult> ManageAsync(int id, Func<Task<Domain.Result>> change, string done, CancellationToken cancellationToken) =>
        ManageAsync<string>(
            id,
            async () => (await change()).Problem is { } problem ? problem : Domain.Result.Success(done),
            message => (message, $"/committees/meetings/{id}"),
            cancellationToken
        );

    // Democratic services' change, then where it leads: refused to others, or the meeting again with what to put right.
    private async Task<IActionResult> ManageAsync<T>(
        int id,
        Func<Task<Domain.Result<T>>> change,
        Func<T, (string? Banner, string Url)> next,
        CancellationToken cancellationToken
    )
    {
        if (!AccessPolicy.Can(User.ToBeaconUser(), Permission.ManageCommittees))
        {
            return Forbid();
        }

        var result = await change();
        if (result.Succeeded)
        {
            var (banner, url) = next(result.Value);
            return banner is null ? Redirect(url) : this.RedirectWithBanner(url, banner);
        }

        if (result.Problem!.Code == "not-found")
        {
            return NotFound();
        }

        ModelState.AddProblem(result.Problem);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    // A Word document of the meeting for its reader: the exempt part only to those granted exempt items.
    private async Task<IActionResult> WordAsync(
        int id,
        string? part,
        Func<Meeting, bool> exists,
        Func<PackPart, string, Task<Action<Stream>>> write,
        string name,
        CancellationToken cancellationToken
    )
    {
        var exempt = part == "exempt";
        if (!await LoadAsync(id, cancellationToken) || !exists(Meeting) || (exempt && !MayReadExempt))
        {
            return NotFound();
        }

        var writer = await write(exempt ? PackPart.Exempt : PackPart.Public, HttpContext.RequestServices.Site().AuthorityName);
        var stream = new MemoryStream();
        writer(stream);
        stream.Position = 0;
        return File(
            stream,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            $"{name}-{Meeting.StartsAt:yyyy-MM-dd}{(exempt ? "-exempt" : "")}.docx"
        );
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var meeting = await WithMinutes().Include(m => m.Committee).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        var user = User.ToBeaconUser();
        if (meeting is null || !await CommitteeReader.MayReadAsync(db, user, meeting.CommitteeId, meeting.IsPublished, cancellationToken))
        {
            return false;
        }

        Meeting = meeting;
        MayManage = AccessPolicy.Can(user, Permission.ManageCommittees);
        MayReadExempt = AccessPolicy.Can(user, Permission.ViewExemptItems);
        Items = meeting
            .Items.Where(i => AccessPolicy.CanViewCommitteeItem(user, i.IsExempt) && (MayManage || i.IsPublished))
            .OrderBy(i => i.Section)
            .ThenBy(i => i.Position)
            .ToList();
        var previous = await WithMinutes()
            .Where(m => m.CommitteeId == meeting.CommitteeId && m.StartsAt < meeting.StartsAt)
            .OrderByDescending(m => m.StartsAt)
            .FirstOrDefaultAsync(cancellationToken);
        MattersArising = previous is null
            ? []
            : previous
                .Items.Where(i => AccessPolicy.CanViewCommitteeItem(user, i.IsExempt) && i.IsPublished)
                .SelectMany(i => i.Resolutions.SelectMany(r => r.Actions.Select(a => (i, r, a))))
                .ToList();
        return true;
    }

    // A meeting with its items' resolutions and their actions: its minutes, or the last meeting's matters arising.
    private IQueryable<Meeting> WithMinutes() =>
        db.Meetings.AsNoTracking().Include(m => m.Items).ThenInclude(i => i.Resolutions).ThenInclude(r => r.Actions).AsSplitQuery();
}
