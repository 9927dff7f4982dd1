using System.Text.Json;
using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SocialCare;

/// <summary>
/// The authority's case-file audit tools: questions and grades, best first. A tool in use is never changed, so a
/// changed tool is saved as a new one. Audited.
/// </summary>
[RequirePermission(Permission.ViewChildLevelData)]
public sealed class AuditToolsModel(BeaconDbContext db) : PageModel
{
    public const int MostGrades = 6;

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
        var questions = Lines(Questions);
        var grades = Lines(Grades);
        if (string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError(nameof(Name), "Enter the tool's name");
        }
        else if (await db.AuditTools.AnyAsync(t => t.Name == Name.Trim(), cancellationToken))
        {
            ModelState.AddModelError(nameof(Name), "A tool with this name already exists: give the new one its own name");
        }

        if (questions.Count == 0 || questions.Distinct(StringComparer.OrdinalIgnoreCase).Count() != questions.Count)
        {
            ModelState.AddModelError(nameof(Questions), "Enter the questions, one to a line, each once");
        }

        if (grades.Count is < 2 or > MostGrades || grades.Distinct(StringComparer.OrdinalIgnoreCase).Count() != grades.Count)
        {
            ModelState.AddModelError(nameof(Grades), $"Enter from 2 to {MostGrades} different grades, one to a line, best first");
        }

        if (!ModelState.IsValid)
        {
            Tools = await AuditToolView.AllAsync(db, cancellationToken);
            return Page();
        }

        db.AuditTools.Add(
            new AuditTool
            {
                Name = Name!.Trim(),
                Questions = JsonSerializer.Serialize(questions),
                Grades = JsonSerializer.Serialize(grades),
                CreatedBy = User.Identity!.Name!,
            }
        );
        db.AuditScope.Reason = "new audit tool";
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/social-care/audit-tools");
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
