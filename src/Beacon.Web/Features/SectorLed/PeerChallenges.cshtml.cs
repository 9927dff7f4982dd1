using Beacon.Application.SectorLed;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>The authority's peer challenges, and a new one asked for.</summary>
[RequirePermission(Permission.ViewSelfAssessments)]
public sealed class PeerChallengesModel(PeerChallengeRecorder recorder) : PageModel
{
    public IReadOnlyList<PeerChallengeView> Challenges { get; private set; } = [];

    public bool MayEdit => AccessPolicy.Can(User.ToBeaconUser(), Permission.EditSelfAssessments);

    [BindProperty]
    public string? Scope { get; set; }

    [BindProperty]
    public string? LinesOfEnquiry { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Challenges = await recorder.AllAsync(User.ToBeaconUser(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var requested = await recorder.RequestAsync(User.ToBeaconUser(), Scope, LinesOfEnquiry, cancellationToken);
        if (requested.Succeeded)
        {
            return this.RedirectWithBanner(
                $"/peer-challenges/{requested.Value}",
                "The peer challenge is requested. Name its team and dates next."
            );
        }

        if (requested.Problem!.Code == SectorLedProblem.NotFound)
        {
            return Forbid();
        }

        ModelState.AddProblem(requested.Problem);
        Challenges = await recorder.AllAsync(User.ToBeaconUser(), cancellationToken);
        return Page();
    }
}
