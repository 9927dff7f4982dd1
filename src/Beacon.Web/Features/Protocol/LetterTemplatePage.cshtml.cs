using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Protocol;

/// <summary>The authority's letter to headteachers of Red and Amber schools; each save is kept, and the newest is used.</summary>
[RequirePermission(Permission.RateSchools)]
public sealed class LetterTemplatePageModel(BeaconDbContext db, LetterTemplateRecorder recorder) : PageModel
{
    [BindProperty]
    public string? Body { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Body = await RatingLetters.TemplateAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var saved = await recorder.SaveAsync(Body, cancellationToken);
        if (!saved.Succeeded)
        {
            ModelState.AddProblem(saved.Problem!);
            return Page();
        }

        return this.RedirectWithBanner("/schools/letter-template", "The letter template is saved.");
    }
}
