using Beacon.Application.Imports;
using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.Imports;
using Beacon.Domain.Access;
using Beacon.Import.AnnexA;
using Beacon.Import.Pipeline;
using Beacon.Reports.SocialCare;
using Beacon.Reports.Tables;
using Beacon.Web.Access;
using Beacon.Web.Features.Imports;
using Beacon.Web.Features.Shared;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SocialCare;

/// <summary>
/// The latest Annex A extract: its lists, its validation report, and the cleaned lists in the template's layout
/// for a six-month look-back. Child-level, so for roles allowed it only.
/// </summary>
[RequirePermission(Permission.ViewChildLevelData)]
public sealed class AnnexAModel(BeaconDbContext db, TimeProvider clock, FileImporter importer) : PageModel
{
    public const int LookBackMonths = 6;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The last upload, where it was refused.</summary>
    public ImportOutcome? Refused { get; private set; }

    public ImportRun? Run { get; private set; }

    public IReadOnlyDictionary<int, int> RowsByList { get; private set; } = new Dictionary<int, int>();

    public IReadOnlyList<ValidationLine> Lines { get; private set; } = [];

    // "page" is Razor Pages' own route value, so the report's page number is "p".
    /// <summary>Lines shown on one page of the validation report: a long report is read a page at a time.</summary>
    public const int LinesPerPage = 50;

    /// <summary>Show only refused rows, questions or fixes; all when none.</summary>
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    /// <summary>Show only one list's lines; all when none.</summary>
    [BindProperty(SupportsGet = true, Name = "list")]
    public int? List { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The lines the filter keeps, refused rows and questions first.</summary>
    public IReadOnlyList<ValidationLine> Filtered { get; private set; } = [];

    public int PageCount => Math.Max(1, (Filtered.Count + LinesPerPage - 1) / LinesPerPage);

    public IEnumerable<ValidationLine> PageLines => Filtered.Skip((PageNumber - 1) * LinesPerPage).Take(LinesPerPage);

    /// <summary>The report's address for another page, keeping the filter.</summary>
    public string PageHref(int page) =>
        $"/social-care/annex-a?p={page}{(Kind is null ? "" : "&kind=" + Uri.EscapeDataString(Kind))}{(List is { } l ? $"&list={l}" : "")}#validation";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>
    /// Loads an extract here rather than on the general upload page: only roles allowed child-level data may bring
    /// child-level lists into Beacon.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? "Select the extract to load" : "The selected file is empty");
        }
        else
        {
            var sourceName = Path.GetFileName(Upload.FileName);
            var imported = await UploadedFile.WithCopyAsync(
                Upload,
                file =>
                    importer.RunAsync(
                        User.ToBeaconUser(),
                        new FileToImport(AnnexAFormat.FormatName, file, sourceName),
                        progress: null,
                        cancellationToken
                    ),
                cancellationToken
            );
            if (!imported.Succeeded)
            {
                return Forbid();
            }

            var outcome = imported.Value;
            if (outcome.Succeeded)
            {
                return this.RedirectWithBanner("/social-care/annex-a", "The Annex A extract is loaded.");
            }

            Refused = outcome;
            ModelState.AddModelError(nameof(Upload), $"{sourceName} was not loaded: {outcome.Errors.Total:N0} problem(s) found");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetReportAsync(string? format, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var authority = HttpContext.RequestServices.Site().AuthorityName;
        var extract = Run is null
            ? "No extract loaded"
            : $"{Run.SourceName}, loaded {Run.StartedAtUtc:d MMMM yyyy HH:mm} UTC by {Run.ImportedBy}";
        if (format == "html")
        {
            return Content(AnnexAValidationReport.Html(authority, extract, Lines), "text/html; charset=utf-8");
        }

        var stream = new MemoryStream();
        AnnexAValidationReport.WriteDocx(authority, extract, Lines, HttpContext.RequestServices.Today(), stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "annex-a-validation.docx");
    }

    /// <summary>
    /// The cleaned lists in the template's layout (its sheets, its headers in its order, dates as dates) for the six
    /// months to the chosen day (today unless given): each list's rows that started in those months, or started before
    /// and were still open or ended in them.
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync(DateOnly? to, CancellationToken cancellationToken)
    {
        // The first months of the calendar have no six months before them to look back over.
        if ((to is null && !string.IsNullOrWhiteSpace(Request.Query["to"])) || to < DateOnly.MinValue.AddMonths(LookBackMonths))
        {
            ModelState.AddModelError("to", "Enter the day the look-back ends as a date, for example 2025-03-31");
            await LoadAsync(cancellationToken);
            return Page();
        }

        var end = to ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var since = end.AddMonths(-LookBackMonths);
        var rows = await LatestAnnexA.RowsAsync(db, cancellationToken);
        var sheets = AnnexAMap.Shipped.Lists.Select<AnnexAList, (string, IReadOnlyList<string>, IEnumerable<string[]>)>(list =>
        {
            var key = list.Columns.FirstOrDefault(c => c.Kind == "Date" && c.Required)?.Name;
            var finish = list.InOrder.Count == 2 ? list.InOrder[1] : null;
            var kept = rows.Where(r => r.List == list.Number)
                .Where(r =>
                    key is null
                    || (
                        r.Date(key) <= end
                        && (r.Date(key) >= since || (finish is not null && (r.Date(finish) is null || r.Date(finish) >= since)))
                    )
                );
            return (
                $"List {list.Number}",
                list.Columns.Select(c => c.Name).ToList(),
                kept.Select(r => list.Columns.Select(c => r.Values.GetValueOrDefault(c.Name, "")).ToArray())
            );
        });
        var stream = new MemoryStream();
        TableExports.Xlsx(sheets, stream);
        stream.Position = 0;
        return File(
            stream,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"annex-a-{since:yyyy-MM-dd}-to-{end:yyyy-MM-dd}.xlsx"
        );
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Run = await LatestAnnexA.LatestRunAsync(db, cancellationToken);
        RowsByList = await LatestAnnexA.RowsByListAsync(db, cancellationToken);
        Lines = (
            await db.AnnexAIssues.AsNoTracking().OrderBy(i => i.List).ThenBy(i => i.Row).ThenBy(i => i.Id).ToListAsync(cancellationToken)
        )
            .Select(i => new ValidationLine(i.Kind, i.List, i.Row, i.Column, i.Value, i.Detail))
            .ToList();
        Kind = string.IsNullOrWhiteSpace(Kind) ? null : Kind;
        Filtered = Lines
            .Where(l => (Kind is null || l.Kind == Kind) && (List is null || l.List == List))
            .OrderBy(l =>
                l.Kind switch
                {
                    "Refused" => 0,
                    "Check" => 1,
                    _ => 2,
                }
            )
            .ToList();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
    }
}
