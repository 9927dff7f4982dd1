using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.SocialCare;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SocialCare;

/// <summary>
/// IRO disputes through the formal resolution process: raised about a child's plan, escalated stage by stage
/// against each stage's timescale in working days, and resolved with the outcome. Child-level, and audited.
/// </summary>
[RequirePermission(Permission.ViewChildLevelData)]
public sealed class IroDisputesModel(BeaconDbContext db, IroDisputeRecorder recorder, TimeProvider clock) : PageModel
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
        var raised = await recorder.RaiseAsync(ChildId, RaisedBy, Concern, User.Identity!.Name!, cancellationToken);
        return raised.Succeeded
            ? this.RedirectWithBanner("/social-care/iro-disputes", "The dispute is raised.")
            : await WithProblemAsync(raised.Problem!, null, cancellationToken);
    }

    /// <summary>Takes an unresolved dispute to the next stage, with why.</summary>
    public async Task<IActionResult> OnPostEscalateAsync(CancellationToken cancellationToken)
    {
        var stages = SocialCareSettings.DisputeStages(HttpContext.RequestServices);
        var escalated = await recorder.EscalateAsync(Dispute ?? 0, Note, stages, User.Identity!.Name!, cancellationToken);
        return escalated.Succeeded
            ? this.RedirectWithBanner("/social-care/iro-disputes", "The dispute is taken to its next stage.")
            : await WithProblemAsync(escalated.Problem!, Dispute, cancellationToken);
    }

    /// <summary>Records how an unresolved dispute was resolved.</summary>
    public async Task<IActionResult> OnPostResolveAsync(CancellationToken cancellationToken)
    {
        var resolved = await recorder.ResolveAsync(Dispute ?? 0, Note, cancellationToken);
        return resolved.Succeeded
            ? this.RedirectWithBanner("/social-care/iro-disputes", "The dispute is recorded as resolved.")
            : await WithProblemAsync(resolved.Problem!, Dispute, cancellationToken);
    }

    // A dispute's own errors sit beside its forms; a dispute that is not open is not found.
    private async Task<IActionResult> WithProblemAsync(Problem problem, long? dispute, CancellationToken cancellationToken)
    {
        if (problem.Code == IroDisputeRecorder.NotOpen)
        {
            return NotFound();
        }

        ModelState.AddProblem(problem, dispute is { } id ? $"dispute-{id}" : null);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Stages = SocialCareSettings.DisputeStages(HttpContext.RequestServices);
        Disputes = await IroDisputeStandings.WithStatusAsync(db, Stages, Today(), cancellationToken);
    }
}
