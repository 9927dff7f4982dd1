using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Reports.Protocol;
using Beacon.Web.Access;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Protocol;

/// <summary>
/// The termly categorisation report for the committee. Its counts are public; the exempt appendix naming each
/// school's rating reaches only those who rate schools and those individually granted exempt items.
/// </summary>
[RequirePermission(Permission.ViewCommittees)]
public sealed class ReviewReportModel(BeaconDbContext db) : PageModel
{
    public TermlyReport Report { get; private set; } = null!;

    public bool WithAppendix { get; private set; }

    public bool MaySeeAppendix { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? format, bool appendix = true, CancellationToken cancellationToken = default)
    {
        if (await db.SchoolReviews.FindAsync([id], cancellationToken) is not { } review)
        {
            return NotFound();
        }

        var user = User.ToBeaconUser();
        // appendix=false is the public version, for publication with the agenda, even for readers who may see the schools.
        MaySeeAppendix = AccessPolicy.Can(user, Permission.RateSchools) || AccessPolicy.Can(user, Permission.ViewExemptItems);
        WithAppendix = MaySeeAppendix && appendix;
        Report = await TermlyReportBuilder.BuildAsync(db, review, HttpContext.RequestServices.Site().AuthorityName, cancellationToken);
        switch (format)
        {
            case "docx":
                var stream = new MemoryStream();
                TermlyReportWriter.WriteDocx(Report, WithAppendix, HttpContext.RequestServices.Today(), stream);
                stream.Position = 0;
                return File(
                    stream,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    $"termly-categorisation-{id}.docx"
                );
            case "html":
                return Content(TermlyReportWriter.Html(Report, WithAppendix), "text/html; charset=utf-8");
            default:
                return Page();
        }
    }
}
