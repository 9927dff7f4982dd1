using Beacon.Application.SectorLed;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>The performance risks the region's authorities have shared, with their intervention status and the support brokered.</summary>
[RequirePermission(Permission.BrokerSupport)]
public sealed class SupportModel(SupportBroker broker) : PageModel
{
    public IReadOnlyList<SupportBroker.Shared> Shared { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Shared = await broker.SharedAsync(User.ToBeaconUser(), cancellationToken);
}
