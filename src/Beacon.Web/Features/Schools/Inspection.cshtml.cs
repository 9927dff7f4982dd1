using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Schools;

/// <summary>
/// One inspection, with what the report says the school does well and must improve: Ofsted's files do not carry
/// that text, so school improvement officers record it from the report (audited).
/// </summary>
[RequirePermission(Permission.ViewAnySchool)]
public sealed class InspectionModel(BeaconDbContext db, SchoolRecorder records) : PageModel
{
    public Inspection Inspection { get; private set; } = new();

    public string SchoolName { get; private set; } = "";

    public bool MayEdit { get; private set; }

    [BindProperty]
    public string? Strengths { get; set; }

    [BindProperty]
    public string? AreasForImprovement { get; set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        (Strengths, AreasForImprovement) = (Inspection.Strengths, Inspection.AreasForImprovement);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!MayEdit)
        {
            return Forbid();
        }

        await records.DescribeInspectionAsync(id, Strengths, AreasForImprovement, HttpContext.RequestAborted);
        return this.RedirectWithBanner($"/schools/inspections/{id}", "The inspection's findings are saved.");
    }

    // One point a line, without the bullets people paste from the report.

    private async Task<bool> LoadAsync(long id)
    {
        if (await db.Inspections.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id) is not { } inspection)
        {
            return false;
        }

        Inspection = inspection;
        SchoolName =
            await db.Schools.Where(s => s.Urn == inspection.Urn).Select(s => s.Name).SingleOrDefaultAsync() ?? $"URN {inspection.Urn}";
        MayEdit = AccessPolicy.Can(User.ToBeaconUser(), Permission.RateSchools);
        return true;
    }
}
