using System.Text.Json;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.SocialCare;
using Beacon.Import.SocialCare;
using Beacon.Reports.SocialCare;
using Beacon.Web.Access;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SocialCare;

/// <summary>The Fostering Service Quarterly Report for a quarter, from its return, with Word and web-page downloads.</summary>
[RequirePermission(Permission.ViewCommitteeReports)]
public sealed class FosteringModel(BeaconDbContext db) : PageModel
{
    public IReadOnlyList<string> Quarters { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    public FosteringQuarter? Return { get; private set; }

    public bool MayEdit => AccessPolicy.Can(User.ToBeaconUser(), Permission.EditSocialCare);

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        Quarters = await db.FosteringReturns.OrderByDescending(f => f.Quarter).Select(f => f.Quarter).ToListAsync(cancellationToken);
        Quarter ??= Quarters.Count > 0 ? Quarters[0] : null;
        var json = await db.FosteringReturns.Where(f => f.Quarter == Quarter).Select(f => f.Json).SingleOrDefaultAsync(cancellationToken);
        Return = json is null ? null : JsonSerializer.Deserialize<FosteringQuarter>(json, FosteringQuarterFormat.Json);
        if (Return is null || format is null)
        {
            return Page();
        }

        var authority = HttpContext.RequestServices.Site().AuthorityName;
        if (format == "html")
        {
            return Content(FosteringReportWriter.Html(authority, Return), "text/html; charset=utf-8");
        }

        var stream = new MemoryStream();
        FosteringReportWriter.WriteDocx(authority, Return, HttpContext.RequestServices.Today(), stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"fostering-{Return.Quarter}.docx");
    }
}
