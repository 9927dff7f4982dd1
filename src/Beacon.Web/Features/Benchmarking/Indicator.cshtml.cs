using Beacon.Application.Benchmarking;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Benchmarking;
using Beacon.Reports.Benchmarking;
using Beacon.Reports.Tables;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.Benchmarking;

/// <summary>One indicator for a year: every authority ranked, then those whose figure is suppressed or missing.</summary>
[RequirePermission(Permission.ViewSector)]
public sealed class IndicatorModel(BeaconDbContext db, IMemoryCache cache) : PageModel
{
    private static readonly string[] Headers = ["Rank", "Authority", "Code", "Value", "Band", "Change on last year"];

    public IndicatorSeries Series { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The authorities with a figure, best first, each with its old code.</summary>
    public IReadOnlyList<(string Code, ProfileLine Line)> Ranked { get; private set; } = [];

    /// <summary>The authorities whose figure is suppressed or missing, by name.</summary>
    public IReadOnlyList<(string Code, ProfileLine Line)> Unranked { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken)
            ? File(TableExports.Csv(Headers, Rows()), "text/csv; charset=utf-8", $"{code}-{Year}.csv")
            : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        var stream = new MemoryStream();
        TableExports.Xlsx("Ranking", Headers, Rows(), stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{code}-{Year}.xlsx");
    }

    public IEnumerable<string[]> Rows() =>
        Ranked
            .Concat(Unranked)
            .Select(l =>
            {
                var row = ProfileTable.Row(l.Line);
                var rank = l.Line.Place?.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not ranked";
                return new[] { rank, BenchmarkCoverage.NameOf(l.Code), l.Code, row[3], row[10], row[11] };
            });

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var set = await BenchmarkLoader.CachedAsync(db, cache, cancellationToken);
        if (set.Find(code) is not { } series)
        {
            return false;
        }

        Series = series;
        Years = series.Years.OrderDescending().ToList();
        Year ??= Years.Count > 0 ? Years[0] : 0;
        var lines = series
            .Authorities.GetValueOrDefault(Year.Value, [])
            .Keys.Select(a => (Code: a, Line: set.Line(a, code, Year.Value)!))
            .ToList();
        Ranked = lines
            .Where(l => l.Line.Place is not null)
            .OrderBy(l => l.Line.Place!.Rank)
            .ThenBy(l => BenchmarkCoverage.NameOf(l.Code), StringComparer.Ordinal)
            .ToList();
        Unranked = lines.Where(l => l.Line.Place is null).OrderBy(l => BenchmarkCoverage.NameOf(l.Code), StringComparer.Ordinal).ToList();
        return true;
    }
}
