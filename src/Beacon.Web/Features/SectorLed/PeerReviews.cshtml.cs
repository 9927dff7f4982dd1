using Beacon.Application.SectorLed;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>The other authorities' peer challenges the person serves on now.</summary>
[RequirePermission(Permission.ServeAsPeer)]
public sealed class PeerReviewsModel(PeerChallengeTeam team) : PageModel
{
    public IReadOnlyList<PeerChallengeTeam.Served> Served { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Served = await team.CurrentAsync(User.ToBeaconUser(), cancellationToken);
}
