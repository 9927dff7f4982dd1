using Beacon.Application.Schools;
using Beacon.Application.Statistics;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Achievement;
using Beacon.Import.Geography;
using Beacon.Reports.Schools;
using Beacon.Web.Access;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Schools;

/// <summary>The pupil achievement summary for an authority and a year, from the DfE files loaded.</summary>
[RequirePermission(Permission.ViewCommitteeReports)]
public sealed class AchievementModel(BeaconDbContext db, StatisticsSummaries statistics) : PageModel
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
        Years = await statistics.PeriodsWithAsync(columns, cancellationToken);
        if (string.IsNullOrEmpty(LaCode) || string.IsNullOrEmpty(YearCode))
        {
            return Page();
        }

        if (Domain.Periods.AcademicYear.FromCode(YearCode) is not { } year)
        {
            return BadRequest();
        }

        var summary = await AchievementSummaryBuilder.LoadAsync(
            db,
            LaCode,
            year.StartYear,
            await AchievementCatalogs.InForceAsync(db, cancellationToken),
            cancellationToken
        );
        Summary = summary.Succeeded ? summary.Value : null;
        return Summary is null ? NotFound() : Page();
    }

    /// <summary>The summary to download: Word (the default) or a self-contained HTML page.</summary>
    public async Task<IActionResult> OnGetReportAsync(string? format, CancellationToken cancellationToken)
    {
        if (Domain.Periods.AcademicYear.FromCode(YearCode) is not { } year || format is not (null or "docx" or "html") || LaCode is null)
        {
            return BadRequest();
        }

        var loaded = await AchievementSummaryBuilder.LoadAsync(
            db,
            LaCode,
            year.StartYear,
            await AchievementCatalogs.InForceAsync(db, cancellationToken),
            cancellationToken
        );
        if (!loaded.Succeeded)
        {
            return NotFound();
        }

        var summary = loaded.Value;

        var authority = HttpContext.RequestServices.Site().AuthorityName;
        var name = $"pupil-achievement-{LaCode}-{YearCode}";
        if (format == "html")
        {
            return File(System.Text.Encoding.UTF8.GetBytes(AchievementSummaryHtml.Write(summary, authority)), "text/html", name + ".html");
        }

        var stream = new MemoryStream();
        AchievementSummaryDocx.Write(summary, authority, HttpContext.RequestServices.Today(), stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
    }
}
