using Beacon.Application.SectorLed;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Benchmarking;
using Beacon.Domain.SectorLed;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.SectorLed;

/// <summary>The authority's performance risks beside the early warnings of its profile, the support brokered, and its intervention status.</summary>
[RequirePermission(Permission.ViewSelfAssessments)]
public sealed class PerformanceRisksModel(
    BeaconDbContext db,
    IMemoryCache cache,
    PerformanceRiskRecorder recorder,
    SelfAssessmentRecorder assessments
) : PageModel
{
    public PerformanceRiskRecorder.Register Register { get; private set; } = new([], null);

    public IReadOnlyList<ProfileLine> Warnings { get; private set; } = [];

    public bool MayEdit => AccessPolicy.Can(User.ToBeaconUser(), Permission.EditSelfAssessments);

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Indicator { get; set; }

    [BindProperty]
    public InterventionKind? Kind { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Day { get; set; }

    [BindProperty]
    public string? Month { get; set; }

    [BindProperty]
    public string? Year { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRaiseAsync(CancellationToken cancellationToken)
    {
        var raised = await recorder.RaiseAsync(User.ToBeaconUser(), Title, Description, Indicator, cancellationToken);
        if (raised.Succeeded)
        {
            return this.RedirectWithBanner($"/improvement/risks#risk-{raised.Value}", "The performance risk is raised.");
        }

        return await RefusedAsync(raised.Problem!, cancellationToken);
    }

    public async Task<IActionResult> OnPostShareAsync(int id, CancellationToken cancellationToken)
    {
        var shared = await recorder.ShareAsync(User.ToBeaconUser(), id, cancellationToken);
        return shared.Succeeded
            ? this.RedirectWithBanner($"/improvement/risks#risk-{id}", "The risk is shared with the region and its principal adviser.")
            : await RefusedAsync(shared.Problem!, cancellationToken);
    }

    public async Task<IActionResult> OnPostInterventionAsync(CancellationToken cancellationToken)
    {
        var fromOn = DateInput.Read(Day, Month, Year, "from-on", "The date it took effect");
        var recorded = await recorder.RecordInterventionAsync(
            User.ToBeaconUser(),
            Kind,
            fromOn.Succeeded ? fromOn.Value : null,
            Note,
            cancellationToken
        );
        if (recorded.Succeeded)
        {
            return this.RedirectWithBanner("/improvement/risks", "The intervention status is recorded.");
        }

        ModelState.KeepDateProblem(fromOn);
        return await RefusedAsync(recorded.Problem!, cancellationToken);
    }

    private async Task<IActionResult> RefusedAsync(Domain.Problem problem, CancellationToken cancellationToken)
    {
        if (problem.Code == SectorLedProblem.NotFound)
        {
            return NotFound();
        }

        ModelState.AddProblem(problem);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Register = await recorder.RegisterAsync(User.ToBeaconUser(), cancellationToken);
        Warnings = await SelfAssessmentEvidence.WarningsAsync(
            db,
            cache,
            await assessments.LaCodeAsync(cancellationToken),
            cancellationToken
        );
    }
}
