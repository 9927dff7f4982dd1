using Beacon.Application.SectorLed;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>One challenge as its team reads it: the brief, the evidence shared, and the lead peer's report of the findings.</summary>
[RequirePermission(Permission.ServeAsPeer)]
public sealed class PeerReviewModel(PeerChallengeTeam team) : PageModel
{
    public PeerChallengeTeam.Served Served { get; private set; } = null!;

    [BindProperty]
    public string? Strengths { get; set; }

    [BindProperty]
    public string? AreasToConsider { get; set; }

    [BindProperty]
    public string? Recommendations { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        (Strengths, AreasToConsider, Recommendations) = (
            Served.View.Findings?.Strengths,
            Served.View.Findings?.AreasToConsider,
            Served.View.Findings?.Recommendations
        );
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var reported = await team.ReportAsync(User.ToBeaconUser(), id, Strengths, AreasToConsider, Recommendations, cancellationToken);
        return await this.AnswerAsync(
            reported,
            $"/peer-reviews/{id}",
            "The team's findings are reported to the authority.",
            () => LoadAsync(id, cancellationToken)
        );
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await team.FindAsync(User.ToBeaconUser(), id, cancellationToken) is not { } served)
        {
            return false;
        }

        Served = served;
        return true;
    }
}
