using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Data.Schools;
using Beacon.Domain.Access;
using Beacon.Domain.Achievement;
using Beacon.Import.Geography;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Schools;

/// <summary>
/// Where an officer records a published achievement figure that no file gives (a provisional national figure, a
/// school's A level grades, a gap a paper states), with its source; the achievement summary shows it, marked so.
/// </summary>
[RequirePermission(Permission.EditSchools)]
public sealed class RecordAchievementFigureModel(BeaconDbContext db, AchievementFigureRecorder recorder) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "la")]
    public string? LaCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public string? Measure { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Group { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public bool Provisional { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    public LocalAuthority? Authority { get; private set; }

    public IReadOnlyList<AchievementMeasure> Measures { get; } = AchievementCatalog.Shipped.Measures;

    public IReadOnlyList<RecordedAchievementFigure> Recorded { get; private set; } = [];

    /// <summary>The latest academic year with results: the one whose summer has passed.</summary>
    public int LatestYear { get; private set; }

    // Without an authority (none asked for, none configured) the summary's page is where one is chosen.
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Redirect("/schools/achievement");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var recorded = await recorder.RecordAsync(
            new AchievementFigureInput(Measure, Year, Place, Kind, Group, Value, Provisional, Source),
            Authority!.NewCode,
            User.Identity!.Name!,
            cancellationToken
        );
        if (!recorded.Succeeded)
        {
            ModelState.AddProblem(recorded.Problem!);
            return Page();
        }

        return Redirect($"/schools/achievement/record?la={Authority.NewCode}&Year={Year}&saved={Measure}");
    }

    /// <summary>The saved measure's name for the success banner, from the whitelist of measures.</summary>
    public string? SavedMessage => Measures.FirstOrDefault(m => m.Code == Saved) is { } m ? $"Figure recorded: {m.Name}" : null;

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var register = LocalAuthorityRegister.Shipped;
        Authority = LaCode is null
            ? register.FindByOldCode(HttpContext.RequestServices.Site().LaCode ?? "")
            : register.FindByNewCode(LaCode);
        if (Authority is null)
        {
            return false;
        }

        LaCode = Authority.NewCode;
        var today = HttpContext.RequestServices.Today();
        LatestYear = today.Month >= 9 ? today.Year - 1 : today.Year - 2;
        Year ??= LatestYear;
        var codes = new[] { Authority.NewCode, AchievementSummaryBuilder.EnglandCode };
        Recorded = await db
            .RecordedAchievementFigures.AsNoTracking()
            .Where(f => f.Year == Year && codes.Contains(f.GeographyCode))
            .OrderBy(f => f.MeasureCode)
            .ThenBy(f => f.GeographyCode)
            .ToListAsync(cancellationToken);
        return true;
    }
}
