using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Committees;

/// <summary>A scrutiny body's work programme across a municipal year: topics by the meeting they are planned for, against its capacity.</summary>
[RequirePermission(Permission.ViewCommittees)]
public sealed class WorkProgrammeModel(BeaconDbContext db) : PageModel
{
    public Committee Committee { get; private set; } = new();

    public int Year { get; private set; }

    public IReadOnlyList<WorkProgrammeTopic> Topics { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? year, CancellationToken cancellationToken)
    {
        if (
            await db.Committees.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.IsScrutiny, cancellationToken) is not { } committee
        )
        {
            return NotFound();
        }

        if (!await CommitteeReader.MayReadAsync(db, User.ToBeaconUser(), id, isPublished: true, cancellationToken))
        {
            return NotFound();
        }

        Committee = committee;
        var years = await db
            .WorkProgramme.Where(t => t.CommitteeId == id)
            .Select(t => t.MunicipalYear)
            .Distinct()
            .ToListAsync(cancellationToken);
        Year = year ?? (years.Count == 0 ? Domain.Committees.MunicipalYear.Of(HttpContext.RequestServices.Today()).StartYear : years.Max());
        Topics = await db
            .WorkProgramme.AsNoTracking()
            .Where(t => t.CommitteeId == id && t.MunicipalYear == Year)
            .OrderBy(t => t.PlannedFor == null)
            .ThenBy(t => t.PlannedFor)
            .ToListAsync(cancellationToken);
        return Page();
    }
}
