using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SocialCare;

/// <summary>
/// The authority's case-file audit tools: questions and grades, best first. A tool in use is never changed, so a
/// changed tool is saved as a new one. Audited.
/// </summary>
[RequirePermission(Permission.ViewChildLevelData)]
public sealed class AuditToolsModel(BeaconDbContext db, AuditToolRecorder recorder) : PageModel
{
    public const int MostGrades = AuditToolRecorder.MostGrades;

    public IReadOnlyList<AuditToolView> Tools { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Questions { get; set; }

    [BindProperty]
    public string? Grades { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tools = await AuditToolView.AllAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var created = await recorder.CreateAsync(Name, Questions, Grades, User.Identity!.Name!, cancellationToken);
        if (!created.Succeeded)
        {
            ModelState.AddProblem(created.Problem!);
            Tools = await AuditToolView.AllAsync(db, cancellationToken);
            return Page();
        }

        return this.RedirectWithBanner("/social-care/audit-tools", "The audit tool is saved.");
    }
}
