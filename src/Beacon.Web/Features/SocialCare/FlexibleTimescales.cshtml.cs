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
/// Flexible-assessment directions (seed 000's closing direction): a child's lead social worker's own timescale,
/// recorded with who decided, when and why, and reviewed weekly. Child-level, and audited.
/// </summary>
[RequirePermission(Permission.ViewChildLevelData)]
public sealed class FlexibleTimescalesModel(BeaconDbContext db, FlexibleTimescaleRecorder recorder, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(FlexibleTimescaleRecord Direction, FlexibleTimescale Timescale)> Directions { get; private set; } = [];

    public DateOnly Today { get; private set; }

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

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var directed = await recorder.DirectAsync(ChildId, WorkingDays, DecidedBy, Reason, cancellationToken);
        if (directed.Succeeded)
        {
            return Redirect("/social-care/flexible-timescales");
        }

        ModelState.AddProblem(directed.Problem!);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        var reviewed = await recorder.ReviewAsync(Direction ?? 0, Note, User.Identity!.Name!, cancellationToken);
        if (reviewed.Succeeded)
        {
            return Redirect("/social-care/flexible-timescales");
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
        // A child's newest direction is the one in force.
        var directions = await db.FlexibleTimescales.AsNoTracking().ToListAsync(cancellationToken);
        Directions = directions
            .GroupBy(d => d.ChildId)
            .Select(g => g.MaxBy(d => d.Id)!)
            .OrderByDescending(d => d.Id)
            .Select(d => (d, timescales[d.ChildId]))
            .ToList();
    }
}
