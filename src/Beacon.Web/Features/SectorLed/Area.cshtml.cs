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

/// <summary>One area of a self-assessment written: its grade, the authority's account, and the profile figures it cites.</summary>
[RequirePermission(Permission.EditSelfAssessments)]
public sealed class AreaModel(BeaconDbContext db, IMemoryCache cache, SelfAssessmentRecorder recorder) : PageModel
{
    public SelfAssessmentView View { get; private set; } = null!;

    public AssessmentArea Area { get; private set; } = null!;

    public IReadOnlyList<BenchmarkIndicator> Indicators { get; private set; } = [];

    [BindProperty]
    public string? Grade { get; set; }

    [BindProperty]
    public string? Narrative { get; set; }

    [BindProperty]
    public List<string> Evidence { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, code, cancellationToken))
        {
            return NotFound();
        }

        var written = View.Assessment.Areas.Single(a => a.AreaCode == code);
        (Grade, Narrative, Evidence) = (written.Grade, written.Narrative, SelfAssessmentRecorder.Codes(written.Evidence).ToList());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string code, CancellationToken cancellationToken)
    {
        var saved = await recorder.SaveAreaAsync(User.ToBeaconUser(), id, code, Grade, Narrative, Evidence, cancellationToken);
        if (saved.Succeeded)
        {
            return this.RedirectWithBanner($"/self-assessments/{id}#{code}", "The area is saved as a new revision.");
        }

        if (saved.Problem!.Code == SectorLedProblem.NotFound || !await LoadAsync(id, code, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddProblem(saved.Problem);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, string code, CancellationToken cancellationToken)
    {
        if (await SelfAssessmentView.FindAsync(db, id, cancellationToken) is not { } view || view.Framework.Area(code) is not { } area)
        {
            return false;
        }

        (View, Area) = (view, area);
        Indicators = await SelfAssessmentEvidence.IndicatorsAsync(db, cache, cancellationToken);
        return true;
    }
}
