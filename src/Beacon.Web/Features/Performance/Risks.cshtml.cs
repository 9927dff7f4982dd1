using Beacon.Application;
using Beacon.Application.Risks;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Domain.Risks;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Features.Performance;

/// <summary>
/// The directorate risk register: each risk's scores on the authority's matrix, high risks whose review is overdue,
/// a heat map of residual scores, and a review form for the risk's owner or a performance officer.
/// </summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class RisksModel(BeaconDbContext db, RiskRegister register, IOptions<BeaconSiteOptions> site, TimeProvider clock) : PageModel
{
    public RiskMatrix Matrix => site.Value.Risks;

    public FinancialQuarter Quarter { get; private set; }

    public IReadOnlyList<RiskLine> Lines { get; private set; } = [];

    [BindProperty]
    public int Likelihood { get; set; }

    [BindProperty]
    public int Impact { get; set; }

    [BindProperty]
    public string? Commentary { get; set; }

    public bool MayAdd => AccessPolicy.Can(User.ToBeaconUser(), Permission.EditPerformance);

    public bool MayReview(RiskLine line) => AccessPolicy.CanReviewRisk(User.ToBeaconUser(), line.Risk.OwnerInitials);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostReviewAsync(int riskId, CancellationToken cancellationToken)
    {
        var reviewed = await register.ReviewAsync(riskId, Likelihood, Impact, Commentary, User.ToBeaconUser(), cancellationToken);
        if (reviewed.Succeeded)
        {
            return this.RedirectWithBanner("/performance/risks", "The review is recorded.");
        }

        switch (reviewed.Problem!.Code)
        {
            case "not-found":
                return NotFound();
            case "not-permitted":
                return Forbid();
        }

        // Each risk has its own form: the errors point at that form's fields.
        foreach (var problem in reviewed.Problem.Details.Count > 0 ? reviewed.Problem.Details : [reviewed.Problem])
        {
            ModelState.AddModelError($"{problem.Code}-{riskId}", problem.Message);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Quarter = FinancialQuarter.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Lines = await RiskRegister.LinesAsync(db, Matrix, Quarter, cancellationToken);
    }
}
