using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Domain.Protocol;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Protocol;

/// <summary>
/// The termly meeting record of a school outside the SIP programme (Appendix 1): its scorecard, its summary SEF
/// (entered by the school's headteacher or a school improvement officer), and the actions agreed.
/// </summary>
[RequirePermission(Permission.ViewSchools)]
public sealed class SefModel(BeaconDbContext db, SummarySefRecorder recorder, TimeProvider clock) : PageModel
{
    public Data.Schools.School School { get; private set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Term { get; set; }

    [BindProperty]
    public List<SefSectionForm> Sections { get; set; } = [];

    public IReadOnlyList<SupportAction> OpenActions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int urn, CancellationToken cancellationToken)
    {
        if (!MayEdit(urn))
        {
            return Forbid();
        }

        if (!await LoadAsync(urn, cancellationToken))
        {
            return NotFound();
        }

        var saved = await db.SummarySefSections.AsNoTracking().Where(s => s.Urn == urn && s.Term == Term).ToListAsync(cancellationToken);
        Sections = SummarySef
            .Sections.Select(name =>
                saved.FirstOrDefault(s => s.Section == name) is { } s
                    ? new SefSectionForm(name, s.Judgement, s.Strengths, s.AreasForImprovement, s.WhyNotNextGradeUp)
                    : new SefSectionForm(name, null, null, null, null)
            )
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int urn, CancellationToken cancellationToken)
    {
        if (!MayEdit(urn))
        {
            return Forbid();
        }

        if (!await LoadAsync(urn, cancellationToken))
        {
            return NotFound();
        }

        var saved = await recorder.SaveAsync(
            urn,
            Term!,
            [.. Sections.Select(f => new SummarySefEntry(f.Section, f.Judgement, f.Strengths, f.AreasForImprovement, f.WhyNotNextGradeUp))],
            cancellationToken
        );
        if (!saved.Succeeded)
        {
            if (saved.Problem!.Code == SummarySefRecorder.UnknownSection)
            {
                return BadRequest();
            }

            ModelState.AddProblem(saved.Problem);
            return Page();
        }

        return this.RedirectWithBanner($"/schools/{urn}/sef?term={Uri.EscapeDataString(Term!)}", "The summary self-evaluation is saved.");
    }

    private bool MayEdit(int urn) => AccessPolicy.CanWriteSummarySef(User.ToBeaconUser(), urn);

    private async Task<bool> LoadAsync(int urn, CancellationToken cancellationToken)
    {
        if (await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Urn == urn, cancellationToken) is not { } school)
        {
            return false;
        }

        School = school;
        Term = string.IsNullOrWhiteSpace(Term)
            ? AcademicTerm.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).ToString()
            : Term.Trim();
        OpenActions = await db
            .SupportActions.AsNoTracking()
            .Where(a => a.Urn == urn && a.CompletedOn == null)
            .OrderBy(a => a.DueOn)
            .ToListAsync(cancellationToken);
        return true;
    }
}
