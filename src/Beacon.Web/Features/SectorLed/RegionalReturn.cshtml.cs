using System.Globalization;
using Beacon.Application.SectorLed;
using Beacon.Domain.Access;
using Beacon.Reports.Tables;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.SectorLed;

/// <summary>One quarter's call: every authority's return or its absence, the figures side by side, and the extremes explained.</summary>
[RequirePermission(Permission.CollectCoreDataset)]
public sealed class RegionalReturnModel(CoreDatasetRegion region, TimeProvider clock) : PageModel
{
    public CoreDatasetRegion.Call Call { get; private set; } = null!;

    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await region.FindAsync(User.ToBeaconUser(), id, cancellationToken) is not { } call)
        {
            return NotFound();
        }

        Call = call;
        return Page();
    }

    /// <summary>The quarter's returns as a workbook: each authority's figures with its status, and the extremes with their narratives.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(int id, CancellationToken cancellationToken)
    {
        if (await region.FindAsync(User.ToBeaconUser(), id, cancellationToken) is not { } call)
        {
            return NotFound();
        }

        var now = NowUtc;
        var returns = (
            "Returns",
            (IReadOnlyList<string>)["Authority", "LA code", "Status", .. call.Dataset.Indicators.Select(i => i.Name)],
            call.Returns.Select(r =>
                (string[])
                    [
                        r.Authority.Name,
                        r.Authority.LaCode ?? "",
                        r.Submission is null ? (r.Overdue(now) ? "Overdue" : "Not yet returned")
                        : r.Late ? "Late"
                        : "On time",
                        .. call.Dataset.Indicators.Select(i => Figure(r, i.Code)),
                    ]
            )
        );
        var extremes = (
            "At either end",
            (IReadOnlyList<string>)["Indicator", "Authority", "Figure", "Place", "Narrative"],
            call.Extremes.Select(e =>
                (string[])
                    [
                        e.Indicator.Name,
                        e.Authority.Authority.Name,
                        Figure(e.Authority, e.Indicator.Code),
                        $"{(e.End == Domain.Benchmarking.TartanEnd.Top ? "Top" : "Bottom")} fifth, {e.Place.Rank} of {e.Place.Of}",
                        e.Authority.Submission!.Figures.First(f => f.IndicatorCode == e.Indicator.Code).Narrative,
                    ]
            )
        );
        var stream = new MemoryStream();
        TableExports.Xlsx([returns, extremes], stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"core-dataset-{call.Quarter}.xlsx");
    }

    private static string Figure(CoreDatasetReturn made, string code) =>
        made.Submission?.Figures.FirstOrDefault(f => f.IndicatorCode == code) is { } figure
            ? figure.Value?.ToString("0.##", CultureInfo.InvariantCulture) ?? figure.Symbol ?? ""
            : "";
}
