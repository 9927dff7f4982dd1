using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain.Access;
using Beacon.Domain.Achievement;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Schools;

/// <summary>
/// The floor standards by key stage and year, as rules over Beacon's measures. Anyone who reads schools sees them;
/// an administrator saves new ones (JSON, checked before it is saved, with a reason), since DfE changed them from
/// year to year. Every saved version is kept and audited.
/// </summary>
[RequirePermission(Permission.ViewSchools)]
public sealed class FloorStandardsModel(BeaconDbContext db, FloorStandardsRecorder recorder) : PageModel
{
    public AchievementCatalog Catalog { get; private set; } = AchievementCatalog.Shipped;

    public IReadOnlyList<FloorStandardsVersion> Versions { get; private set; } = [];

    public bool MayEdit { get; private set; }

    [BindProperty]
    public string? Json { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Json = Catalog.FloorStandardsJson();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!AccessPolicy.Can(User.ToBeaconUser(), Permission.EditAchievementRules))
        {
            return Forbid();
        }

        var saved = await recorder.SaveAsync(Json, Reason, User.Identity!.Name!, cancellationToken);
        if (!saved.Succeeded)
        {
            ModelState.AddProblem(saved.Problem!);
            await LoadAsync(cancellationToken);
            return Page();
        }

        return this.RedirectWithBanner("/schools/floor-standards", "The floor standards are saved and in force.");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Catalog = await AchievementCatalogs.InForceAsync(db, cancellationToken);
        Versions = await db.FloorStandardsVersions.AsNoTracking().OrderByDescending(v => v.Id).ToListAsync(cancellationToken);
        MayEdit = AccessPolicy.Can(User.ToBeaconUser(), Permission.EditAchievementRules);
    }
}
