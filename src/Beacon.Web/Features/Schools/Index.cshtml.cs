using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Schools;

/// <summary>The register: every school for officers, a headteacher's own school for a headteacher.</summary>
[RequirePermission(Permission.ViewSchools)]
public sealed class IndexModel(BeaconDbContext db) : PageModel
{
    public IReadOnlyList<School> Schools { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var user = User.ToBeaconUser();
        var schools = await db.Schools.AsNoTracking().OrderBy(s => s.Name).ToListAsync();
        Schools = schools.Where(s => AccessPolicy.CanViewSchool(user, s.Urn)).ToList();
    }
}
