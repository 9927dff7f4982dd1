using Beacon.Application.Equality;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Equality;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Performance;

/// <summary>
/// A performance officer writes an equality impact assessment in the order of the seed's form, new or changed; the
/// assessment's page publishes it and adds its actions.
/// </summary>
[RequirePermission(Permission.EditPerformance)]
public sealed class EditEqualityModel(BeaconDbContext db, EqualityAssessments assessments) : PageModel
{
    /// <summary>The assessment changed, or none for a new one.</summary>
    public string? Reference { get; private set; }

    [BindProperty]
    public EqualityAssessmentDraft Form { get; set; } = Empty;

    [BindProperty]
    public string? Day { get; set; }

    [BindProperty]
    public string? Month { get; set; }

    [BindProperty]
    public string? Year { get; set; }

    private static EqualityAssessmentDraft Empty { get; } =
        new(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            [.. Enum.GetValues<ProtectedCharacteristic>().Select(c => new EqualityImpactDraft(c, false, null))]
        );

    public async Task<IActionResult> OnGetAsync(string? reference, CancellationToken cancellationToken)
    {
        Reference = reference;
        if (reference is null)
        {
            return Page();
        }

        if (await EqualityAssessments.LoadAsync(db, reference, cancellationToken) is not { } a)
        {
            return NotFound();
        }

        Form = new EqualityAssessmentDraft(
            a.Reference,
            a.Title,
            a.Subject,
            a.Department,
            a.Division,
            a.Section,
            a.Owner,
            a.FunctionOrService,
            a.InformationAvailable,
            a.InformationGaps,
            a.ImpactSummary,
            a.Outcome,
            a.OutcomeJustification,
            a.AssessedOn,
            [.. a.Impacts.Select(i => new EqualityImpactDraft(i.Characteristic, i.Relevant, i.Impact))]
        );
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        (Day, Month, Year) = (
            a.AssessedOn.Day.ToString(invariant),
            a.AssessedOn.Month.ToString(invariant),
            a.AssessedOn.Year.ToString(invariant)
        );
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? reference, CancellationToken cancellationToken)
    {
        Reference = reference;
        var date = DateInput.Read(Day, Month, Year, "assessed-on", "The date the assessment was carried out");
        var saved = await assessments.SaveAsync(
            reference,
            Form with
            {
                AssessedOn = date.Succeeded ? date.Value : null,
                Impacts = Form.Impacts ?? [],
            },
            User.ToBeaconUser(),
            cancellationToken
        );
        if (saved.Succeeded)
        {
            return this.RedirectWithBanner(
                $"/performance/equality/{Uri.EscapeDataString(saved.Value.Reference)}",
                reference is null ? "The assessment is saved as a draft." : "The assessment is changed."
            );
        }

        switch (saved.Problem!.Code)
        {
            case "not-found":
                return NotFound();
            case "not-permitted":
                return Forbid();
        }

        ModelState.AddProblem(saved.Problem);
        ModelState.KeepDateProblem(date);

        return Page();
    }
}
