using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.SocialCare;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.SocialCare;

/// <summary>The children behind a practice measure: child-level, so only for roles allowed it.</summary>
[RequirePermission(Permission.ViewChildLevelData)]
public sealed class MeasureModel(BeaconDbContext db, IMemoryCache cache, TimeProvider clock) : PageModel
{
    public PracticeMeasure Measure { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var asAt = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var measure = (await LatestAnnexA.MeasuresAsync(db, cache, asAt, cancellationToken)).FirstOrDefault(m => m.Code == code);
        if (measure is null)
        {
            return NotFound();
        }

        Measure = measure;
        return Page();
    }
}
