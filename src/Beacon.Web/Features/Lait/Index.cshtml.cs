using Beacon.Application.Lait;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Lait;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.Lait;

/// <summary>LAIT's measures by topic, with what is loaded, and the way into each view.</summary>
[RequirePermission(Permission.ViewSector)]
public sealed class IndexModel(BeaconDbContext db, IMemoryCache cache) : PageModel
{
    public LaitData Data { get; private set; } = LaitData.Empty;

    public LaitSummary Summary { get; private set; } = LaitSummary.Of(LaitData.Empty);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Data = await LaitLoader.CachedAsync(db, cache, cancellationToken);
        Summary = LaitSummary.Of(Data);
    }
}
