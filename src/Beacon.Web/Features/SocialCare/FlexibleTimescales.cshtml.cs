using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.Access;
using Beacon.Domain.SocialCare;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SocialCare;

/// <summary>
/// Decisions under the flexible-assessment direction (seed 000's closing direction): a lead social worker's own
/// timescale for a child's assessment, or a social work manager's date for the initial child protection conference,
/// recorded with who decided, when and why, and reviewed weekly. Child-level, and audited.
/// </summary>
[RequirePermission(Permission.ViewChildLevelData)]
public sealed class FlexibleTimescalesModel(BeaconDbContext db, FlexibleTimescaleRecorder recorder, TimeProvider clock) : PageModel
{
    public const string ConferenceKey = "ConferenceOn";

    public IReadOnlyList<(FlexibleTimescaleRecord Direction, FlexibleTimescale Timescale)> Directions { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public string? Done { get; private set; }

    [BindProperty]
    public FlexibleDecision? Decision { get; set; }

    [BindProperty]
    public string? Day { get; set; }

    [BindProperty]
    public string? Month { get; set; }

    [BindProperty]
    public string? Year { get; set; }

    [BindProperty]
    public string? ChildId { get; set; }

    [BindProperty]
    public int? WorkingDays { get; set; }

    [BindProperty]
    public string? DecidedBy { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int? Direction { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Done = done switch
        {
            "decision" => "The decision is recorded",
            "review" => "The weekly review is recorded",
            _ => null,
        };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var conference = DateInput.Read(Day, Month, Year, ConferenceKey, "The date of the initial conference");
        var directed = await recorder.DirectAsync(
            new FlexibleDecisionDraft(ChildId, Decision, WorkingDays, conference.Succeeded ? conference.Value : null, DecidedBy, Reason),
            cancellationToken
        );
        if (directed.Succeeded)
        {
            return Redirect("/social-care/flexible-timescales?done=decision");
        }

        ModelState.AddProblem(directed.Problem!);
        if (Decision == FlexibleDecision.ConferenceDate && (Day ?? Month ?? Year) is not null)
        {
            ModelState.KeepDateProblem(conference);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        var reviewed = await recorder.ReviewAsync(Direction ?? 0, Note, User.Identity!.Name!, cancellationToken);
        if (reviewed.Succeeded)
        {
            return Redirect("/social-care/flexible-timescales?done=review");
        }

        if (reviewed.Problem!.Code == FlexibleTimescaleRecorder.NotFound)
        {
            return NotFound();
        }

        ModelState.AddProblem(reviewed.Problem, $"review-{Direction}");
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var timescales = await Data.SocialCare.FlexibleTimescales.InForceAsync(db, cancellationToken);
        // A child's newest decision of each kind is the one in force.
        var directions = await db.FlexibleTimescales.AsNoTracking().ToListAsync(cancellationToken);
        Directions = directions
            .GroupBy(d => (d.ChildId, d.Decision))
            .Select(g => g.MaxBy(d => d.Id)!)
            .OrderByDescending(d => d.Id)
            .Select(d => (d, timescales.All.Single(t => t.ChildId == d.ChildId && t.Decision == d.Decision)))
            .ToList();
    }
}
