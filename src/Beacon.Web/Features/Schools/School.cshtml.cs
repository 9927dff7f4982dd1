using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Schools;

/// <summary>One school's page; a headteacher reaches only their own.</summary>
[RequirePermission(Permission.ViewSchools)]
public sealed class SchoolModel(BeaconDbContext db) : PageModel
{
    public School School { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int urn)
    {
        // Refuse before looking the school up, so a refusal says nothing about whether the URN exists.
        if (!AccessPolicy.CanViewSchool(User.ToBeaconUser(), urn))
        {
            return Forbid();
        }

        var school = await db.Schools.FindAsync(urn);
        if (school is null)
        {
            return NotFound();
        }

        School = school;
        return Page();
    }
}
