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

/// <summary>
/// A monitoring visit or an inspection recorded from Ofsted's letter or report: Ofsted's files list only the latest
/// graded and ungraded inspections, never monitoring visits, which the protocol's criteria read (decision 020).
/// School improvement officers only; audited; graded inspections on the 4-point scale only, since report cards come
/// whole in Ofsted's files.
/// </summary>
[RequirePermission(Permission.RateSchools)]
public sealed class RecordInspectionModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The first day of report-card inspections: a graded inspection from then is not on the 4-point scale.</summary>
    public static readonly DateOnly ReportCardsFrom = new(2025, 11, 10);

    /// <summary>Ofsted's words for a monitoring visit's outcome, the 2013 protocol's first.</summary>
    public static readonly IReadOnlyList<string> MonitoringOutcomes =
    [
        "Progress is good",
        "Progress is satisfactory",
        "Progress is inadequate",
        "Leaders are taking effective action",
        "Leaders are not taking effective action",
    ];

    public static readonly IReadOnlyList<string> Categories = ["Special Measures", "Serious Weaknesses"];

    public School School { get; private set; } = new();

    [BindProperty]
    public string? Type { get; set; }

    [BindProperty]
    public DateOnly? StartDate { get; set; }

    [BindProperty]
    public DateOnly? PublicationDate { get; set; }

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

        Check();
        if (
            ModelState.IsValid
            && await db.Inspections.AnyAsync(i => i.Urn == urn && i.StartDate == StartDate && i.Type == Type, cancellationToken)
        )
        {
            ModelState.AddModelError(nameof(StartDate), $"{School.Name} already has a {Describe(Type!)} on that date");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var inspection = new Inspection
        {
            Urn = urn,
            StartDate = StartDate!.Value,
            PublicationDate = PublicationDate,
            Type = Type!,
            Scale = InspectionTypes.FourPoint,
            OverallEffectiveness = Type == InspectionTypes.Graded ? Grade : null,
            CategoryOfConcern = Type == InspectionTypes.Graded && Categories.Contains(Category) ? Category : null,
            Outcome = Type switch
            {
                InspectionTypes.Monitoring => MonitoringOutcome,
                InspectionTypes.Ungraded => UngradedOutcome!.Trim(),
                _ => null,
            },
        };
        db.Inspections.Add(inspection);
        db.AuditScope.Reason =
            Type == InspectionTypes.Monitoring ? "Recorded from Ofsted's monitoring letter" : "Recorded from the inspection report";
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/schools/inspections/{inspection.Id}");
    }

    private static string Describe(string type) =>
        type switch
        {
            InspectionTypes.Monitoring => "monitoring visit",
            InspectionTypes.Ungraded => "ungraded inspection",
            _ => "graded inspection",
        };

    private void Check()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (Type is not (InspectionTypes.Monitoring or InspectionTypes.Ungraded or InspectionTypes.Graded))
        {
            ModelState.AddModelError(nameof(Type), "Select what Ofsted carried out");
            return;
        }

        if (StartDate is not { } start)
        {
            ModelState.AddModelError(nameof(StartDate), "Enter the date the visit or inspection began, for example 2013-10-15");
        }
        else if (start > today)
        {
            ModelState.AddModelError(nameof(StartDate), "The date the visit or inspection began must be today or in the past");
        }
        else if (PublicationDate is { } published && published < start)
        {
            ModelState.AddModelError(nameof(PublicationDate), "The publication date must be on or after the date it began");
        }

        switch (Type)
        {
            case InspectionTypes.Monitoring when !MonitoringOutcomes.Contains(MonitoringOutcome):
                ModelState.AddModelError(nameof(MonitoringOutcome), "Select the monitoring visit's outcome");
                break;
            case InspectionTypes.Ungraded:
                ModelState.Require(
                    nameof(UngradedOutcome),
                    UngradedOutcome,
                    "Enter the outcome as Ofsted words it, for example School remains Good"
                );
                break;
            case InspectionTypes.Graded when Grade is not (>= 1 and <= 4):
                ModelState.AddModelError(nameof(Grade), "Select the overall effectiveness grade");
                break;
            case InspectionTypes.Graded when StartDate >= ReportCardsFrom:
                ModelState.AddModelError(
                    nameof(StartDate),
                    "Inspections from 10 November 2025 have report cards: load Ofsted's management information file instead"
                );
                break;
            case InspectionTypes.Graded when Category is { Length: > 0 } && (!Categories.Contains(Category) || Grade != 4):
                ModelState.AddModelError(nameof(Category), "A category of concern goes only with an Inadequate grade");
                break;
        }
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
