using Beacon.Application.Protocol;
using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Protocol;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Schools;

/// <summary>
/// The ratings Beacon proposes for this term's School Review Meeting, with the criteria behind each. Ratings are
/// confidential, so only those who rate schools see this page.
/// </summary>
[RequirePermission(Permission.RateSchools)]
public sealed class ProposalsModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    public ProtocolVersion Protocol { get; } = ProtocolCatalog.Shipped;

    public IReadOnlyList<SchoolProposal> Proposals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Proposals = await ProtocolProposals.ProposeAsync(
            db,
            SchoolGroup.England,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            Protocol,
            cancellationToken
        );
}
