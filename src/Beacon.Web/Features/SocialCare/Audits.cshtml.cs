using System.Text.Json;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.Access;
using Beacon.Domain.SocialCare;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SocialCare;

/// <summary>
/// Case-file audits with moderation: auditors grade a child's record on each question, a second auditor re-grades a
/// sample, and Beacon reports agreement per auditor and per question and the themes for the improvement plan.
/// Child-level, and audited.
/// </summary>
[RequirePermission(Permission.ViewChildLevelData)]
public sealed class AuditsModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(CaseAudit Audit, CaseAuditModeration? Moderation)> Audits { get; private set; } = [];

    public IReadOnlyList<Agreement> ByAuditor { get; private set; } = [];

    public IReadOnlyList<Agreement> ByQuestion { get; private set; } = [];

    public IReadOnlyList<AuditTheme> Themes { get; private set; } = [];

    [BindProperty]
    public string? ChildId { get; set; }

    [BindProperty]
    public long? AuditId { get; set; }

    /// <summary>A grade from 1 (outstanding) to 4 (inadequate) for each question, in the tool's order.</summary>
    [BindProperty]
    public List<int?> Grades { get; set; } = [];

    [BindProperty]
    public string? Notes { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ChildId))
        {
            ModelState.AddModelError(nameof(ChildId), "Enter the child's unique ID");
        }

        if (GradesJson() is not { } grades)
        {
            ModelState.AddModelError("grade-0", "Grade every question from 1 (outstanding) to 4 (inadequate)");
            grades = "";
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.CaseAudits.Add(
            new CaseAudit
            {
                ChildId = ChildId!.Trim(),
                Auditor = User.Identity!.Name!,
                AuditedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                Grades = grades,
                Notes = Notes?.Trim() ?? "",
            }
        );
        db.AuditScope.Reason = "case-file audit";
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/social-care/audits");
    }

    /// <summary>A second auditor re-grades an audit; not the auditor themselves, and only once.</summary>
    public async Task<IActionResult> OnPostModerateAsync(CancellationToken cancellationToken)
    {
        if (AuditId is not { } id || await db.CaseAudits.FindAsync([id], cancellationToken) is not { } audit)
        {
            return NotFound();
        }

        if (audit.Auditor == User.Identity!.Name)
        {
            ModelState.AddModelError($"moderate-{id}", "A moderator must be someone other than the auditor");
        }
        else if (await db.CaseAuditModerations.AnyAsync(m => m.AuditId == id, cancellationToken))
        {
            ModelState.AddModelError($"moderate-{id}", "This audit has already been moderated");
        }

        if (GradesJson() is not { } grades)
        {
            ModelState.AddModelError($"moderate-{id}", "Grade every question from 1 (outstanding) to 4 (inadequate)");
            grades = "";
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.CaseAuditModerations.Add(
            new CaseAuditModeration
            {
                AuditId = id,
                Moderator = User.Identity!.Name!,
                ModeratedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                Grades = grades,
                Notes = Notes?.Trim() ?? "",
            }
        );
        db.AuditScope.Reason = "moderation";
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/social-care/audits");
    }

    private string? GradesJson() =>
        Grades.Count == AuditModeration.Questions.Count && Grades.All(g => g is >= 1 and <= 4)
            ? JsonSerializer.Serialize(
                AuditModeration.Questions.Select((q, i) => (q, Grades[i]!.Value)).ToDictionary(x => x.q, x => x.Value)
            )
            : null;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var audits = await db.CaseAudits.AsNoTracking().OrderByDescending(a => a.Id).ToListAsync(cancellationToken);
        var moderations = await db.CaseAuditModerations.AsNoTracking().ToDictionaryAsync(m => m.AuditId, cancellationToken);
        Audits = audits.Select(a => (a, moderations.GetValueOrDefault(a.Id))).ToList();
        var graded = Audits
            .Select(x => new GradedAudit(
                x.Audit.Id,
                x.Audit.Auditor,
                JsonSerializer.Deserialize<Dictionary<string, int>>(x.Audit.Grades)!,
                x.Moderation is null ? null : JsonSerializer.Deserialize<Dictionary<string, int>>(x.Moderation.Grades)
            ))
            .ToList();
        ByAuditor = AuditModeration.ByAuditor(graded);
        ByQuestion = AuditModeration.ByQuestion(graded);
        Themes = AuditModeration.Themes(graded);
    }
}
