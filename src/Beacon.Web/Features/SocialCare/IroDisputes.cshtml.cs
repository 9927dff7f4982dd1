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
/// IRO disputes through the formal resolution process: raised about a child's plan, escalated stage by stage
/// against each stage's timescale in working days, and resolved with the outcome. Child-level, and audited.
/// </summary>
[RequirePermission(Permission.ViewChildLevelData)]
public sealed class IroDisputesModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<DisputeStage> Stages { get; private set; } = [];

    public IReadOnlyList<(IroDispute Dispute, IReadOnlyList<IroDisputeStep> Steps, DisputeStatus Status)> Disputes { get; private set; } =
    [];

    [BindProperty]
    public string? ChildId { get; set; }

    [BindProperty]
    public string? RaisedBy { get; set; }

    [BindProperty]
    public string? Concern { get; set; }

    [BindProperty]
    public long? Dispute { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Require(nameof(ChildId), ChildId, "Enter the child's unique ID");
        ModelState.Require(nameof(RaisedBy), RaisedBy, "Enter the IRO who raised the dispute");
        ModelState.Require(nameof(Concern), Concern, "Enter what the IRO is disputing about the child's plan");
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var today = Today();
        var dispute = new IroDispute
        {
            ChildId = ChildId!.Trim(),
            RaisedBy = RaisedBy!.Trim(),
            RaisedOn = today,
            Concern = Concern!.Trim(),
        };
        // The dispute and its first stage together: the stage needs the dispute's key.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.IroDisputes.Add(dispute);
        db.AuditScope.Reason = "IRO dispute raised";
        await db.SaveChangesAsync(cancellationToken);
        db.IroDisputeSteps.Add(Step(dispute.Id, 1, "raised"));
        db.AuditScope.Reason = "IRO dispute raised";
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect("/social-care/iro-disputes");
    }

    /// <summary>Takes an unresolved dispute to the next stage, with why.</summary>
    public async Task<IActionResult> OnPostEscalateAsync(CancellationToken cancellationToken)
    {
        if (await OpenDisputeAsync(cancellationToken) is not { } found)
        {
            return NotFound();
        }

        var stage = await db.IroDisputeSteps.Where(s => s.DisputeId == found.Id).MaxAsync(s => s.Stage, cancellationToken);
        if (stage >= SocialCareSettings.DisputeStages(HttpContext.RequestServices).Count)
        {
            ModelState.AddModelError(
                $"dispute-{found.Id}",
                "The dispute is at the last stage: resolve it, or the IRO refers it to Cafcass"
            );
        }

        ModelState.Require($"dispute-{found.Id}", Note, "Enter why the dispute goes to the next stage");
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.IroDisputeSteps.Add(Step(found.Id, stage + 1, Note!.Trim()));
        db.AuditScope.Reason = Note.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/social-care/iro-disputes");
    }

    /// <summary>Records how an unresolved dispute was resolved.</summary>
    public async Task<IActionResult> OnPostResolveAsync(CancellationToken cancellationToken)
    {
        if (await OpenDisputeAsync(cancellationToken) is not { } found)
        {
            return NotFound();
        }

        ModelState.Require($"dispute-{found.Id}", Note, "Enter how the dispute was resolved");
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        found.ResolvedOn = Today();
        found.Outcome = Note!.Trim();
        db.AuditScope.Reason = "IRO dispute resolved";
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/social-care/iro-disputes");
    }

    private Task<IroDispute?> OpenDisputeAsync(CancellationToken cancellationToken) =>
        db.IroDisputes.FirstOrDefaultAsync(d => d.Id == Dispute && d.ResolvedOn == null, cancellationToken);

    private IroDisputeStep Step(long dispute, int stage, string note) =>
        new()
        {
            DisputeId = dispute,
            Stage = stage,
            StartedOn = Today(),
            RecordedBy = User.Identity!.Name!,
            Note = note,
        };

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Stages = SocialCareSettings.DisputeStages(HttpContext.RequestServices);
        Disputes = await IroDisputeStandings.WithStatusAsync(db, Stages, Today(), cancellationToken);
    }
}
