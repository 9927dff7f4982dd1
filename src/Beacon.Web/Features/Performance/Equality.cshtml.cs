using Beacon.Application.Equality;
using Beacon.Data;
using Beacon.Data.Equality;
using Beacon.Domain.Access;
using Beacon.Reports.Equality;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Performance;

/// <summary>
/// Equality impact assessments: the list, then one assessment as its form sets it out, with its published versions,
/// its Word document, publication for performance officers, and each action's progress this quarter.
/// </summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class EqualityModel(BeaconDbContext db, EqualityAssessments assessments) : PageModel
{
    public IReadOnlyList<EqualityImpactAssessment> Assessments { get; private set; } = [];

    public EqualityImpactAssessment? Assessment { get; private set; }

    public IReadOnlyList<EqualityAssessmentVersion> Versions { get; private set; } = [];

    public bool MayEdit => AccessPolicy.Can(User.ToBeaconUser(), Permission.EditPerformance);

    [BindProperty]
    public string? Commentary { get; set; }

    [BindProperty]
    public bool Completed { get; set; }

    [BindProperty]
    public EqualityActionDraft NewAction { get; set; } = new(null, null, null, null, false);

    public async Task<IActionResult> OnGetAsync(string? reference, CancellationToken cancellationToken)
    {
        if (reference is null)
        {
            Assessments = await EqualityAssessments.ListAsync(db, cancellationToken);
            return Page();
        }

        return await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPublishAsync(string? reference, CancellationToken cancellationToken)
    {
        if (reference is null || !await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }

        var published = await assessments.PublishAsync(reference, User.ToBeaconUser(), cancellationToken);
        if (published.Succeeded)
        {
            return Succeeded($"Version {published.Value.Version} is published.", reference);
        }

        if (published.Problem!.Code == "not-permitted")
        {
            return Forbid();
        }

        ModelState.AddProblem(published.Problem, "publish");
        return Page();
    }

    public async Task<IActionResult> OnPostProgressAsync(string? reference, int actionId, CancellationToken cancellationToken)
    {
        if (reference is null || !await LoadAsync(reference, cancellationToken) || Assessment!.Actions.All(a => a.Id != actionId))
        {
            return NotFound();
        }

        var recorded = await assessments.RecordProgressAsync(actionId, Commentary, Completed, User.ToBeaconUser(), cancellationToken);
        if (recorded.Succeeded)
        {
            return Succeeded("The progress is recorded.", reference);
        }

        if (recorded.Problem!.Code == "not-permitted")
        {
            return Forbid();
        }

        // Each action has its own form: the error points at that form's field.
        ModelState.AddModelError($"commentary-{actionId}", recorded.Problem.Message);
        return Page();
    }

    public async Task<IActionResult> OnPostActionAsync(string? reference, CancellationToken cancellationToken)
    {
        if (reference is null || !await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }

        var added = await assessments.AddActionAsync(reference, NewAction, User.ToBeaconUser(), cancellationToken);
        if (added.Succeeded)
        {
            return Succeeded($"Action {added.Value.Position} is added.", reference);
        }

        if (added.Problem!.Code == "not-permitted")
        {
            return Forbid();
        }

        ModelState.AddProblem(added.Problem);
        return Page();
    }

    /// <summary>The assessment as it stands, or a published version as it was published, as a Word document.</summary>
    public async Task<IActionResult> OnGetDocxAsync(string? reference, int? version, CancellationToken cancellationToken)
    {
        if (reference is null || !await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }

        var report =
            version is null ? EqualityAssessments.Report(Assessment!)
            : Versions.FirstOrDefault(v => v.Version == version) is { } kept ? EqualityAssessments.ReportOf(kept)
            : null;
        if (report is null)
        {
            return NotFound();
        }

        var services = HttpContext.RequestServices;
        var stream = new MemoryStream();
        EqualityImpactAssessmentDocx.Write(report, services.Site().AuthorityName, services.Today(), stream);
        stream.Position = 0;
        var suffix = version is null ? "" : $"-v{version}";
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{reference}{suffix}.docx");
    }

    private RedirectResult Succeeded(string message, string reference) =>
        this.RedirectWithBanner($"/performance/equality/{Uri.EscapeDataString(reference)}", message);

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        Assessment = await EqualityAssessments.LoadAsync(db, reference, cancellationToken);
        if (Assessment is null)
        {
            return false;
        }

        Versions = await EqualityAssessments.VersionsAsync(db, Assessment.Id, cancellationToken);
        return true;
    }
}
