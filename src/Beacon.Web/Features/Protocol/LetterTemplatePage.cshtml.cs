using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Protocol;

/// <summary>The authority's letter to headteachers of Red and Amber schools; each save is kept, and the newest is used.</summary>
[RequirePermission(Permission.RateSchools)]
public sealed class LetterTemplatePageModel(BeaconDbContext db) : PageModel
{
    [BindProperty]
    public string? Body { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Body = await RatingLetters.TemplateAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Body))
        {
            ModelState.AddModelError(nameof(Body), "Enter the letter");
            return Page();
        }

        db.LetterTemplates.Add(new LetterTemplate { Body = Body.Trim() });
        db.AuditScope.Reason = "letter template";
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/schools/letter-template");
    }
}
