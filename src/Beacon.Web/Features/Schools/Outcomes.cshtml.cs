using System.Globalization;
using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Reports.Schools;
using Beacon.Web.Access;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Schools;

/// <summary>
/// Ofsted outcomes for a period (the committee's item 7.1): the proportions of schools in each grade by phase as
/// at the period's end, pupils in good or better schools, and the schools inspected in the period.
/// </summary>
[RequirePermission(Permission.ViewCommitteeReports)]
public sealed class OutcomesModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The most inspections the page lists; the summary and the downloads have them all.</summary>
    public const int ListLimit = 500;

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? FromText { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? ToText { get; set; }

    [BindProperty(SupportsGet = true, Name = "la")]
    public string? LaCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "town")]
    public string? Town { get; set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public SchoolGroup Group { get; private set; } = SchoolGroup.England;

    public OfstedOutcomesReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!TryRead())
        {
            return BadRequest();
        }

        Report = await OfstedOutcomesReportBuilder.BuildAsync(db, Group, From, To, HttpContext.RequestServices.Site(), cancellationToken);
        return Page();
    }

    /// <summary>The report to download: Word (the default) or a self-contained HTML page.</summary>
    public async Task<IActionResult> OnGetReportAsync(string? format, CancellationToken cancellationToken)
    {
        if (!TryRead() || format is not (null or "docx" or "html"))
        {
            return BadRequest();
        }

        var report = await OfstedOutcomesReportBuilder.BuildAsync(
            db,
            Group,
            From,
            To,
            HttpContext.RequestServices.Site(),
            cancellationToken
        );
        var name = $"ofsted-outcomes-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}";
        if (format == "html")
        {
            return File(System.Text.Encoding.UTF8.GetBytes(OfstedOutcomesHtml.Write(report)), "text/html", name + ".html");
        }

        var stream = new MemoryStream();
        OfstedOutcomesDocx.Write(report, HttpContext.RequestServices.Today(), stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
    }

    private bool TryRead()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!TryDate(ToText, today, out var to) || !TryDate(FromText, to.AddMonths(-6), out var from) || from > to)
        {
            return false;
        }

        (From, To) = (from, to);
        Group = new SchoolGroup(Blank(LaCode), Blank(Town));
        return true;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = fallback;
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
