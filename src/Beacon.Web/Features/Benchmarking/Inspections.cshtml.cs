using Beacon.Application.SectorLed;
using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Benchmarking;

/// <summary>The region's inspection calendar: each authority's next Ofsted inspection of its children's services, soonest first.</summary>
[RequirePermission(Permission.ViewSector)]
public sealed class InspectionsModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<(string Code, string Name)> Regions { get; private set; } = [];

    public IReadOnlyList<InspectionCalendar.Entry> Entries { get; private set; } = [];

    public string RegionName => Regions.FirstOrDefault(r => r.Code == Code).Name ?? Code ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Regions = InspectionCalendar.Regions(Today.Year);
        var scope = AccessPolicy.OrganisationScopeOf(User.ToBeaconUser());
        Code ??=
            await db.Organisations.Where(o => o.Id == scope).Select(o => o.RegionCode).FirstOrDefaultAsync(cancellationToken)
            ?? Regions[0].Code;
        if (!Regions.Any(r => r.Code == Code))
        {
            return NotFound();
        }

        Entries = await InspectionCalendar.ForAsync(
            db,
            Code,
            SocialCareSettings.InspectionIntervals(HttpContext.RequestServices),
            Today,
            cancellationToken
        );
        return Page();
    }
}
