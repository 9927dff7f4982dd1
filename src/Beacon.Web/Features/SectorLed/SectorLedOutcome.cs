using Beacon.Application.SectorLed;
using Beacon.Domain;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>
/// How a sector-led page answers a form: done, back to the page with its banner; a record the person may not reach,
/// not found (never a hint that it exists); otherwise the page again with the problems against their fields.
/// </summary>
public static class SectorLedOutcome
{
    public static async Task<IActionResult> AnswerAsync(
        this PageModel page,
        Result done,
        string path,
        string banner,
        Func<Task<bool>> reload
    )
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(reload);
        if (done.Succeeded)
        {
            return page.RedirectWithBanner(path, banner);
        }

        if (done.Problem!.Code == SectorLedProblem.NotFound || !await reload())
        {
            return page.NotFound();
        }

        page.ModelState.AddProblem(done.Problem);
        return page.Page();
    }
}
