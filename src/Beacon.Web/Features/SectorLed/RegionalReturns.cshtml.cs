using Beacon.Application.SectorLed;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>A regional body's calls for its quarterly core dataset: each with how many authorities have returned, and a new call.</summary>
[RequirePermission(Permission.CollectCoreDataset)]
public sealed class RegionalReturnsModel(CoreDatasetRegion region, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CoreDatasetRegion.Call> Calls { get; private set; } = [];

    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    [BindProperty]
    public string? Dataset { get; set; }

    [BindProperty]
    public string? Quarter { get; set; }

    [BindProperty]
    public string? Day { get; set; }

    [BindProperty]
    public string? Month { get; set; }

    [BindProperty]
    public string? Year { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Calls = await region.CallsAsync(User.ToBeaconUser(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var deadline = DateInput.Read(Day, Month, Year, "Deadline", "The day returns are due");
        var opened = await region.OpenAsync(
            User.ToBeaconUser(),
            Dataset,
            Quarter,
            deadline.Succeeded ? deadline.Value : null,
            cancellationToken
        );
        if (opened.Succeeded)
        {
            return this.RedirectWithBanner(
                $"/region/core-dataset/{opened.Value}",
                "The call is made: the region's authorities can now return the quarter."
            );
        }

        if (opened.Problem!.Code == SectorLedProblem.NotFound)
        {
            return Forbid();
        }

        ModelState.AddProblem(opened.Problem);
        ModelState.KeepDateProblem(deadline);
        Calls = await region.CallsAsync(User.ToBeaconUser(), cancellationToken);
        return Page();
    }
}
