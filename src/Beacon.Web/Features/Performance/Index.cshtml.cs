using Beacon.Application.Performance;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Reports.Performance;
using Beacon.Web.Access;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.Performance;

/// <summary>The quarter's indicators and milestones with their ratings and direction of travel, filterable.</summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class IndexModel(BeaconDbContext db, IMemoryCache cache, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "quarter")]
    public string? QuarterCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "area")]
    public int? AreaId { get; set; }

    [BindProperty(SupportsGet = true, Name = "lead")]
    public string? Lead { get; set; }

    public PerformanceDashboard Dashboard { get; private set; } = null!;

    public bool MayEdit => AccessPolicy.Can(User.ToBeaconUser(), Permission.EditPerformance);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        FinancialQuarter? quarter = null;
        if (QuarterCode is not null)
        {
            var parsed = FinancialQuarter.Parse(QuarterCode);
            if (!parsed.Succeeded)
            {
                return NotFound();
            }

            quarter = parsed.Value;
        }

        Dashboard = await PerformanceDashboard.GetAsync(db, cache, clock, quarter, AreaId, Lead, cancellationToken);
        return Page();
    }

    /// <summary>The quarter's Directorate Performance Overview Report to download: Word (the default) or a self-contained HTML file.</summary>
    public async Task<IActionResult> OnGetReportAsync(string? format, CancellationToken cancellationToken)
    {
        if (FinancialQuarter.Parse(QuarterCode ?? "") is not { Succeeded: true } parsed || format is not (null or "docx" or "html"))
        {
            return NotFound();
        }

        var report = await PerformanceReportBuilder.BuildAsync(db, parsed.Value, HttpContext.RequestServices.Site(), cancellationToken);
        var name = $"performance-overview-{parsed.Value}";
        if (format == "html")
        {
            return File(System.Text.Encoding.UTF8.GetBytes(PerformanceReportHtml.Write(report)), "text/html", name + ".html");
        }

        var stream = new MemoryStream();
        PerformanceReportDocx.Write(report, HttpContext.RequestServices.Today(), stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
    }
}
