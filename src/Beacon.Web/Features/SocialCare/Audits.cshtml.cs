using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.Access;
using Beacon.Domain.SocialCare;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
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

    public IReadOnlyDictionary<long, AuditToolView> Tools { get; private set; } = new Dictionary<long, AuditToolView>();

    /// <summary>The tool the new audit is graded on: the one asked for, else the newest.</summary>
    public AuditToolView Tool { get; private set; } = null!;

    /// <summary>Audits that their sample picked for moderation.</summary>
    public IReadOnlySet<long> ToModerate { get; private set; } = new HashSet<long>();

    public IReadOnlyList<Agreement> ByAuditor { get; private set; } = [];

    public IReadOnlyList<Agreement> ByQuestion { get; private set; } = [];

    public IReadOnlyList<AuditTheme> Themes { get; private set; } = [];

    [BindProperty]
    public string? ChildId { get; set; }

    [BindProperty]
    public long? AuditId { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? ToolId { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? SampleId { get; set; }

    /// <summary>A grade for each question, in the tool's order: 1 the best of the tool's grades.</summary>
    [BindProperty]
    public List<int?> Grades { get; set; } = [];

    [BindProperty]
    public string? Notes { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Require(nameof(ChildId), ChildId, "Enter the child's unique ID");

        if (
            SampleId is { } sample
            && !await db.AuditSampleCases.AnyAsync(c => c.SampleId == sample && c.ChildId == ChildId, cancellationToken)
        )
        {
            ModelState.AddModelError(nameof(ChildId), "The child is not in the sample");
        }

        if (Tool.GradesJson(Grades) is not { } grades)
        {
            ModelState.AddModelError("grade-0", "Grade every question on the tool's scale");
            grades = "";
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.CaseAudits.Add(
            new CaseAudit
            {
                ChildId = ChildId!.Trim(),
                ToolId = Tool.Id,
                SampleId = SampleId,
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

        var tool = AuditToolView.Of(await db.AuditTools.SingleAsync(t => t.Id == audit.ToolId, cancellationToken));
        if (tool.GradesJson(Grades) is not { } grades)
        {
            ModelState.AddModelError($"moderate-{id}", "Grade every question on the tool's scale");
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

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Tools = (await AuditToolView.AllAsync(db, cancellationToken)).ToDictionary(t => t.Id);
        Tool = ToolId is { } asked && Tools.TryGetValue(asked, out var chosen) ? chosen : Tools.Values.MaxBy(t => t.Id)!;
        ToModerate = await SampledCases.ToModerateAsync(db, cancellationToken);
        var (audits, graded) = await ModeratedAudits.AllAsync(db, cancellationToken);
        Audits = audits;
        ByAuditor = AuditModeration.ByAuditor(graded);
        ByQuestion = AuditModeration.ByQuestion(graded);
        Themes = AuditModeration.Themes(graded);
    }
}
