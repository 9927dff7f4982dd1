using System.Globalization;
using Beacon.Application.Lait;
using Beacon.Data;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.Lait;
using Beacon.Reports.Lait;
using Beacon.Reports.Tables;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.Lait;

/// <summary>
/// One LAIT measure in LAIT's four views: the authority (with region, neighbours' average and England), its
/// neighbours, its region, and every authority, sortable. Each is a table, exported as shown, with a chart beside the
/// authority view. The neighbour grouping is LAIT's (one model for every year) unless the reader chooses Beacon's.
/// </summary>
[RequirePermission(Permission.ViewSector)]
public sealed class MeasureModel(BeaconDbContext db, IMemoryCache cache) : PageModel
{
    public static readonly IReadOnlyList<(string Slug, string Name)> Views =
    [
        ("la", "Local authority"),
        ("neighbours", "Statistical neighbours"),
        ("region", "Region"),
        ("all", "All authorities"),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? La { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Grouping { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public LaitData Data { get; private set; } = LaitData.Empty;

    public string ViewName => Views.First(v => v.Slug == View).Name;

    /// <summary>
    /// What the rendered view depends on: the data set in memory (a new import builds a new one, so its identity
    /// stands for its version) and the reader's choices.
    /// </summary>
    public string CacheKey =>
        string.Join(
            '|',
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Data),
            Measure.Key,
            Measure.Topic,
            LaView.Authority.Number,
            View,
            Chosen.Slug,
            Sort
        );

    public LaitMeasure Measure { get; private set; } = null!;

    public LaitSeries Series { get; private set; } = null!;

    public LaitLaView LaView { get; private set; } = null!;

    public LaitGrouping Chosen { get; private set; } = LaitGrouping.ByYear;

    /// <summary>The rows of the view shown, in order, with each authority's latest standing in the all-authority view.</summary>
    public IReadOnlyList<(LaitRow Row, LaitStanding? Standing)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var (headers, rows) = Table();
        return File(TableExports.Csv(headers, rows), "text/csv; charset=utf-8", FileName("csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var (headers, rows) = Table();
        var sheets = new List<(string, IReadOnlyList<string>, IEnumerable<string[]>)> { (ViewName, headers, rows) };
        if (View == "la")
        {
            var (statsHeaders, stats) = LaitTable.Standing(LaView);
            sheets.Add(("Statistics", statsHeaders, [stats]));
        }

        sheets.Add(("About", ["Item", "Value"], About()));
        var stream = new MemoryStream();
        TableExports.Xlsx(sheets, stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));
    }

    public async Task<IActionResult> OnGetChartAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken)
            ? File(
                LaitChart.Png(
                    Series.Years,
                    LaView.Rows.Select(r => (r.Name, r.Kind, (IReadOnlyList<decimal?>)r.ByYear.Select(f => f.Value).ToList())).ToList()
                ),
                "image/png"
            )
            : NotFound();

    /// <summary>The view's table as shown, for the exports: by year, with the standing in the all-authority view.</summary>
    public (IReadOnlyList<string> Headers, IReadOnlyList<string[]> Rows) Table()
    {
        var (headers, rows) = LaitTable.ByYear(Measure, Series, Rows.Select(r => r.Row).ToList());
        if (View != "all")
        {
            return (headers, rows);
        }

        return (
            [.. headers, "Latest national rank", "Quartile banding"],
            rows.Zip(
                    Rows,
                    (cells, r) =>
                        (string[])
                            [
                                .. cells,
                                r.Standing?.Rank?.ToString(CultureInfo.InvariantCulture) ?? "",
                                r.Standing is { } s ? s.Band?.ToString() ?? "" : "",
                            ]
                )
                .ToList()
        );
    }

    /// <summary>What the export shows: the measure, the method, the grouping and the source.</summary>
    public IEnumerable<string[]> About() =>
        [
            ["Measure", $"{Measure.Name} ({Measure.Key})"],
            ["Topic", Measure.Topic],
            ["Polarity", LaitTable.PolarityName(Measure.Polarity)],
            ["Decimal places", Measure.Decimals.ToString(CultureInfo.InvariantCulture)],
            ["Year type", Measure.YearType],
            ["Authority", $"{LaView.Authority.Name} ({LaView.Authority.Number.ToString(CultureInfo.InvariantCulture)})"],
            ["Neighbour grouping", Chosen.Describe()],
            ["Source", "DfE Local Authority Interactive Tool (LAIT) data set, bds_long, and its data dictionary"],
        ];

    public string Link(string? view = null, string? grouping = null, string? sort = null, int? la = null, string? handler = null) =>
        $"/sector/lait/measure?key={Uri.EscapeDataString(Measure.Key)}&topic={Uri.EscapeDataString(Measure.Topic)}&la={(la ?? LaView.Authority.Number).ToString(CultureInfo.InvariantCulture)}&view={view ?? View}&grouping={grouping ?? Chosen.Slug}"
        + ((sort ?? Sort) is { } s ? $"&sort={s}" : "")
        + (handler is null ? "" : $"&handler={handler}");

    private string FileName(string extension) =>
        $"lait-{string.Concat(Measure.Key.Where(char.IsLetterOrDigit))}-{View}-{LaView.Authority.Number.ToString(CultureInfo.InvariantCulture)}.{extension}";

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Data = await LaitLoader.CachedAsync(db, cache, cancellationToken);
        if (Key is null || Data.Measure(Key, Topic) is not { } measure || !Data.Series.TryGetValue(measure.Key, out var series))
        {
            return false;
        }

        (Measure, Series) = (measure, series);
        View = Views.Any(v => v.Slug == View) ? View : "la";
        Chosen = LaitGrouping.Parse(Grouping ?? "2025");
        var authority =
            La is { } la && Data.Places.TryGetValue(la, out var place) && place.Kind == LaitPlaceKind.Authority
                ? la
                : Data.Authorities[0].Number;
        LaView = Data.LaView(measure, authority, Chosen)!;
        Rows = View switch
        {
            "neighbours" => Data.NeighboursView(measure, authority, Chosen).Select(r => (r, (LaitStanding?)null)).ToList(),
            "region" => Data.RegionView(measure, authority).Select(r => (r, (LaitStanding?)null)).ToList(),
            "all" => Sorted(Data.AllAuthoritiesView(measure)),
            _ => LaView.Rows.Select(r => (r, (LaitStanding?)null)).ToList(),
        };
        return true;
    }

    /// <summary>The authorities in the order asked for (regions and England stay below them); with no figure, last.</summary>
    private List<(LaitRow Row, LaitStanding? Standing)> Sorted(IReadOnlyList<(LaitRow Row, LaitStanding? Standing)> rows)
    {
        var authorities = rows.Where(r => r.Row.Kind == LaitRowKind.Authority).ToList();
        var best = Measure.Polarity == Polarity.HigherIsBetter ? -1m : 1m;
        IOrderedEnumerable<(LaitRow Row, LaitStanding? Standing)> ordered = Sort switch
        {
            "value" => authorities.OrderBy(r => r.Row.Latest.Value is null).ThenBy(r => best * (r.Row.Latest.Value ?? 0)),
            "rank" => authorities.OrderBy(r => r.Standing?.Rank ?? int.MaxValue),
            "change" => authorities.OrderBy(r => r.Row.Change is null).ThenByDescending(r => r.Row.Change ?? 0),
            _ => authorities.OrderBy(_ => 0),
        };
        return ordered
            .ThenBy(r => r.Row.Name, StringComparer.Ordinal)
            .Concat(rows.Where(r => r.Row.Kind != LaitRowKind.Authority))
            .ToList();
    }
}
