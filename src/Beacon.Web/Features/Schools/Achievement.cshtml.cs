using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Achievement;
using Beacon.Import.Geography;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Schools;

/// <summary>The pupil achievement summary for an authority and a year, from the DfE files loaded.</summary>
[RequirePermission(Permission.ViewAnySchool)]
public sealed class AchievementModel(BeaconDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "la")]
    public string? LaCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public string? YearCode { get; set; }

    public IReadOnlyList<LocalAuthority> Authorities { get; } =
        LocalAuthorityRegister.Shipped.All.Where(a => a.LastYear >= 2025).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> Years { get; private set; } = [];

    public AchievementSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var columns = AchievementCatalog.Shipped.Measures.SelectMany(m => m.Columns).ToList();
        Years = await db
            .Statistics.Where(s => columns.Contains(s.Measure))
            .Select(s => s.TimePeriod)
            .Distinct()
            .OrderByDescending(p => p)
            .ToListAsync(cancellationToken);
        if (string.IsNullOrEmpty(LaCode) || string.IsNullOrEmpty(YearCode))
        {
            return Page();
        }

        if (Domain.Periods.AcademicYear.FromCode(YearCode) is not { } year)
        {
            return BadRequest();
        }

        Summary = await AchievementSummary.LoadAsync(db, LaCode, year.StartYear, AchievementCatalog.Shipped, cancellationToken);
        return Summary is null ? NotFound() : Page();
    }
}
