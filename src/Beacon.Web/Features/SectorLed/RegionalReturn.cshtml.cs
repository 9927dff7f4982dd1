using Beacon.Application.SectorLed;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>One quarter's call: every authority's return or its absence, the figures side by side, and the extremes explained.</summary>
[RequirePermission(Permission.CollectCoreDataset)]
public sealed class RegionalReturnModel(CoreDatasetRegion region, TimeProvider clock) : PageModel
{
    public CoreDatasetRegion.Call Call { get; private set; } = null!;

    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await region.FindAsync(User.ToBeaconUser(), id, cancellationToken) is not { } call)
        {
            return NotFound();
        }

        Call = call;
        return Page();
    }
}
