using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Domain.Protocol;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Protocol;

/// <summary>
/// The termly meeting record of a school outside the SIP programme (Appendix 1): its scorecard, its summary SEF
/// (entered by the school's headteacher or a school improvement officer), and the actions agreed.
/// </summary>
[RequirePermission(Permission.ViewSchools)]
public sealed class SefModel(BeaconDbContext db, TimeProvider clock) : PageModel
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

        for (var i = 0; i < Sections.Count; i++)
        {
            var section = Sections[i];
            if (!SummarySef.Sections.Contains(section.Section))
            {
                return BadRequest();
            }

            if (SummarySef.IsJudged(section.Section) && section.Judgement is not (>= 1 and <= 4))
            {
                ModelState.AddModelError($"sef-{i}-judgement", $"{section.Section}: select a judgement on the Ofsted scale");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await db.SummarySefSections.Where(s => s.Urn == urn && s.Term == Term).ToListAsync(cancellationToken);
        foreach (var section in Sections)
        {
            var row = saved.FirstOrDefault(s => s.Section == section.Section);
            if (row is null)
            {
                row = new SummarySefSection
                {
                    Urn = urn,
                    Term = Term!,
                    Section = section.Section,
                };
                db.SummarySefSections.Add(row);
            }

            row.Judgement = SummarySef.IsJudged(section.Section) ? section.Judgement : null;
            row.Strengths = section.Strengths?.Trim() ?? "";
            row.AreasForImprovement = section.AreasForImprovement?.Trim() ?? "";
            row.WhyNotNextGradeUp = section.WhyNotNextGradeUp?.Trim() ?? "";
        }

        db.AuditScope.Reason = $"summary SEF {Term}";
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/schools/{urn}/sef?term={Uri.EscapeDataString(Term!)}");
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
