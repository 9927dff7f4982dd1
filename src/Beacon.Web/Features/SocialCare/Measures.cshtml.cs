using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.SocialCare;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.SocialCare;

/// <summary>
/// The practice measures from the latest Annex A extract, as counts that may be shared: small counts suppressed.
/// Those allowed child-level data can open each measure to see the children behind it.
/// </summary>
[RequirePermission(Permission.ViewSocialCare)]
public sealed class MeasuresModel(BeaconDbContext db, IMemoryCache cache, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PracticeMeasure> Measures { get; private set; } = [];

    public int Threshold { get; private set; }

    public bool MayDrillDown { get; private set; }

    public DateOnly AsAt { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AsAt = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Threshold = SocialCareSettings.Threshold(HttpContext.RequestServices);
        MayDrillDown = AccessPolicy.Can(User.ToBeaconUser(), Permission.ViewChildLevelData);
        Measures = await LatestAnnexA.MeasuresAsync(db, cache, AsAt, cancellationToken);
    }
}
