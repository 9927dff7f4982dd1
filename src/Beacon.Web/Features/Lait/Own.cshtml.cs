using System.Globalization;
using Beacon.Application.Lait;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Lait;
using Beacon.Reports.Lait;
using Beacon.Reports.Tables;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.Lait;

/// <summary>LAIT's "create your own": chosen measures for chosen places (with an authority's neighbours if asked), by year, then exported.</summary>
[RequirePermission(Permission.ViewSector)]
public sealed class OwnModel(BeaconDbContext db, IMemoryCache cache) : PageModel
{
    /// <summary>As many measures as one table can be read by: LAIT's own page allows a handful too.</summary>
    public const int MostMeasures = 10;

    private static readonly string[] Headers = ["Topic", "Measure", "Key", "LA number", "LA and Regions", "Year", "Value"];

    [BindProperty(SupportsGet = true)]
    public List<string> Measures { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<int> Places { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? NeighboursOf { get; set; }

    public LaitData Data { get; private set; } = LaitData.Empty;

    public IReadOnlyList<(LaitMeasure Measure, LaitSeries Series, IReadOnlyList<LaitRow> Rows)> Tables { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return File(TableExports.Csv(Headers, Rows()), "text/csv; charset=utf-8", "lait-own-table.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var stream = new MemoryStream();
        TableExports.Xlsx("LAIT", Headers, Rows(), stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "lait-own-table.xlsx");
    }

    /// <summary>One row a measure, place and year: the long form an analyst pivots.</summary>
    public IEnumerable<string[]> Rows() =>
        Tables.SelectMany(t =>
            t.Rows.SelectMany(r =>
                t.Series.Years.Select(
                    (year, i) =>
                        new[]
                        {
                            t.Measure.Topic,
                            t.Measure.Name,
                            t.Measure.Key,
                            r.Number?.ToString(CultureInfo.InvariantCulture) ?? "",
                            r.Name,
                            year,
                            LaitTable.Figure(r.ByYear[i], t.Measure.Decimals),
                        }
                )
            )
        );

    public string Query =>
        string.Join(
            "&",
            Measures
                .Select(m => "measures=" + Uri.EscapeDataString(m))
                .Concat(Places.Select(p => "places=" + p.ToString(CultureInfo.InvariantCulture)))
        ) + (NeighboursOf is { } n ? "&neighboursOf=" + n.ToString(CultureInfo.InvariantCulture) : "");

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Data = await LaitLoader.CachedAsync(db, cache, cancellationToken);
        if (Measures.Count > MostMeasures)
        {
            Problem = $"Choose at most {MostMeasures} measures; {Measures.Count} were chosen.";
            return;
        }

        var places = Places.Where(Data.Places.ContainsKey).ToList();
        if (NeighboursOf is { } la && Data.Places.ContainsKey(la))
        {
            places.Insert(0, la);
            places.AddRange(Data.NeighboursOf(la, new LaitGrouping(2025), int.MaxValue).Select(n => n.Number));
        }

        places = places.Distinct().ToList();
        Tables = Measures
            .Select(m => Data.Measure(m))
            .OfType<LaitMeasure>()
            .Where(m => Data.Series.ContainsKey(m.Key))
            .Select(m =>
            {
                var series = Data.Series[m.Key];
                return (
                    m,
                    series,
                    (IReadOnlyList<LaitRow>)places.Select(p => LaitData.PlaceRow(series, Data.Places[p], LaitRowKind.Authority)).ToList()
                );
            })
            .ToList();
    }
}
