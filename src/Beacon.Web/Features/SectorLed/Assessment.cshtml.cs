using Beacon.Application.SectorLed;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.SectorLed;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.SectorLed;

/// <summary>A self-assessment: its areas with their evidence, who has signed what, the revisions kept, and the panel's moderation.</summary>
[RequirePermission(Permission.ViewSelfAssessments)]
public sealed class AssessmentModel(BeaconDbContext db, IMemoryCache cache, SelfAssessmentRecorder recorder) : PageModel
{
    public SelfAssessmentView View { get; private set; } = null!;

    /// <summary>Today's profile figures for the evidence the areas cite (until a revision is signed, the evidence is live).</summary>
    public Func<string, FrozenEvidence?> Evidence { get; private set; } = _ => null;

    public BeaconUser Reader => User.ToBeaconUser();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSignAsync(int id, BeaconRole role, CancellationToken cancellationToken)
    {
        var signed = await recorder.SignAsync(User.ToBeaconUser(), id, role, cancellationToken);
        return await AfterAsync(id, signed, $"Signed off as the {role.DisplayName().ToLowerInvariant()}.", cancellationToken);
    }

    public async Task<IActionResult> OnPostShareAsync(int id, CancellationToken cancellationToken)
    {
        var shared = await recorder.ShareWithRegionAsync(User.ToBeaconUser(), id, cancellationToken);
        return await AfterAsync(id, shared, "Shared with the region's moderation panel.", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(int id, Domain.Result done, string banner, CancellationToken cancellationToken)
    {
        if (done.Succeeded)
        {
            return this.RedirectWithBanner($"/self-assessments/{id}", banner);
        }

        if (done.Problem!.Code == SectorLedProblem.NotFound || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // An area's problem links to the area's row, where its change link is.
        ModelState.AddProblem(done.Problem);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await SelfAssessmentView.FindAsync(db, id, cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        Evidence = await SelfAssessmentEvidence.ForAsync(db, cache, await recorder.LaCodeAsync(cancellationToken), cancellationToken);
        return true;
    }
}
