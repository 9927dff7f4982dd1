using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.Access;
using Beacon.Domain.SocialCare;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SocialCare;

/// <summary>
/// Case-file audits with moderation: auditors grade a child's record on each question, a second auditor re-grades a
/// sample, and Beacon reports agreement per auditor and per question and the themes for the improvement plan.
/// Child-level, and audited.
/// </summary>
[RequirePermission(Permission.ViewChildLevelData)]
public sealed class AuditsModel(BeaconDbContext db, CaseAuditRecorder recorder) : PageModel
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
        var audited = await recorder.AuditAsync(ChildId, Tool, SampleId, Grades, Notes, User.Identity!.Name!, cancellationToken);
        if (audited.Succeeded)
        {
            return this.RedirectWithBanner("/social-care/audits", "The audit is recorded.");
        }

        // The grades' error sits on the first grade's radios.
        var problem = audited.Problem!;
        foreach (var each in problem.Details.Count > 0 ? problem.Details : [problem])
        {
            ModelState.AddModelError(each.Code == CaseAuditRecorder.Ungraded ? "grade-0" : each.Code, each.Message);
        }

        return Page();
    }

    /// <summary>A second auditor re-grades an audit; not the auditor themselves, and only once.</summary>
    public async Task<IActionResult> OnPostModerateAsync(CancellationToken cancellationToken)
    {
        var moderated = await recorder.ModerateAsync(AuditId ?? 0, Grades, Notes, User.Identity!.Name!, cancellationToken);
        if (moderated.Succeeded)
        {
            return this.RedirectWithBanner("/social-care/audits", "The moderation is recorded.");
        }

        if (moderated.Problem!.Code == CaseAuditRecorder.NotFound)
        {
            return NotFound();
        }

        ModelState.AddProblem(moderated.Problem, $"moderate-{AuditId}");
        await LoadAsync(cancellationToken);
        return Page();
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
