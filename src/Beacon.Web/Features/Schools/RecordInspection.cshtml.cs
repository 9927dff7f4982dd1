using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain.Access;
using Beacon.Domain.Schools;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Schools;

/// <summary>Records a monitoring visit or an inspection from Ofsted's letter (<see cref="InspectionEntry"/>): school improvement officers only.</summary>
[RequirePermission(Permission.RateSchools)]
public sealed class RecordInspectionModel(BeaconDbContext db, InspectionRecorder recorder) : PageModel
{
    public School School { get; private set; } = new();

    [BindProperty]
    public string? Type { get; set; }

    [BindProperty]
    public DateBoxes Started { get; set; } = new();

    [BindProperty]
    public DateBoxes Published { get; set; } = new();

    [BindProperty]
    public string? MonitoringOutcome { get; set; }

    [BindProperty]
    public string? UngradedOutcome { get; set; }

    [BindProperty]
    public int? Grade { get; set; }

    [BindProperty]
    public string? Category { get; set; }

    public async Task<IActionResult> OnGetAsync(int urn, CancellationToken cancellationToken) =>
        await LoadAsync(urn, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int urn, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(urn, cancellationToken))
        {
            return NotFound();
        }

        var entry = new InspectionEntry(
            Type,
            Started.Optional(ModelState, "StartDate", "The date it began"),
            Published.Optional(ModelState, "PublicationDate", "The date the letter or report was published"),
            MonitoringOutcome,
            UngradedOutcome,
            Grade,
            Category
        );
        foreach (var problem in recorder.Problems(entry))
        {
            ModelState.AddProblem(problem);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var recorded = await recorder.RecordAsync(School, entry, cancellationToken);
        if (!recorded.Succeeded)
        {
            ModelState.AddModelError(recorded.Problem!.Code, recorded.Problem.Message);
            return Page();
        }

        return this.RedirectWithBanner($"/schools/inspections/{recorded.Value}", "The visit or inspection is recorded.");
    }

    private async Task<bool> LoadAsync(int urn, CancellationToken cancellationToken)
    {
        if (await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Urn == urn, cancellationToken) is not { } school)
        {
            return false;
        }

        School = school;
        return true;
    }
}
