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
public sealed class FlexibleTimescalesModel(BeaconDbContext db, TimeProvider clock) : PageModel
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
        ModelState.Require(nameof(ChildId), ChildId, "Enter the child's unique ID");

        if (WorkingDays is not (> 0 and <= 200))
        {
            ModelState.AddModelError(nameof(WorkingDays), "Enter the timescale in working days, from 1 to 200");
        }

        ModelState.Require(nameof(DecidedBy), DecidedBy, "Enter who decided the timescale");

        ModelState.Require(nameof(Reason), Reason, "Enter why the child needs a different timescale");

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.FlexibleTimescales.Add(
            new FlexibleTimescaleRecord
            {
                ChildId = ChildId!.Trim(),
                WorkingDays = WorkingDays!.Value,
                DecidedBy = DecidedBy!.Trim(),
                DecidedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                Reason = Reason!.Trim(),
            }
        );
        db.AuditScope.Reason = Reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/social-care/flexible-timescales");
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        if (Direction is not { } id || !await db.FlexibleTimescales.AnyAsync(d => d.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Note))
        {
            ModelState.AddModelError($"review-{id}", "Enter what the review found");
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.FlexibleTimescaleReviews.Add(
            new FlexibleTimescaleReview
            {
                TimescaleId = id,
                ReviewedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                ReviewedBy = User.Identity!.Name!,
                Note = Note.Trim(),
            }
        );
        db.AuditScope.Reason = "weekly review";
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/social-care/flexible-timescales");
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
