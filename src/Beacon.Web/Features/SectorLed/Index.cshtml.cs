using Beacon.Application.SectorLed;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>The authority's self-assessments, and a new one started against a framework.</summary>
[RequirePermission(Permission.ViewSelfAssessments)]
public sealed class IndexModel(BeaconDbContext db, SelfAssessmentRecorder recorder) : PageModel
{
    public IReadOnlyList<SelfAssessmentView> Assessments { get; private set; } = [];

    public bool MayEdit => AccessPolicy.Can(User.ToBeaconUser(), Permission.EditSelfAssessments);

    [BindProperty]
    public string? Framework { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Period { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Assessments = await SelfAssessmentView.AllAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var started = await recorder.StartAsync(User.ToBeaconUser(), Framework, Title, Period, cancellationToken);
        if (started.Succeeded)
        {
            return this.RedirectWithBanner($"/self-assessments/{started.Value}", "The self-assessment is started.");
        }

        if (started.Problem!.Code == SectorLedProblem.NotFound)
        {
            return Forbid();
        }

        ModelState.AddProblem(started.Problem);
        Assessments = await SelfAssessmentView.AllAsync(db, cancellationToken);
        return Page();
    }
}
