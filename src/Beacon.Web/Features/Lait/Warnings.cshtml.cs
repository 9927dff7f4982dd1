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

/// <summary>An authority's early warnings over every LAIT measure, each with the figures behind it.</summary>
[RequirePermission(Permission.ViewSector)]
public sealed class WarningsModel(BeaconDbContext db, IMemoryCache cache) : PageModel
{
    private static readonly string[] Headers = ["Topic", "Measure", "Key", "Year", "Value", "Rank", "Band", "Warning", "Evidence"];

    [BindProperty(SupportsGet = true)]
    public int? La { get; set; }

    public LaitData Data { get; private set; } = LaitData.Empty;

    public LaitPlace? Authority { get; private set; }

    public IReadOnlyList<LaitWarning> Warnings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Authority is null
            ? NotFound()
            : File(TableExports.Csv(Headers, Rows()), "text/csv; charset=utf-8", $"lait-warnings-{Authority.Number}.csv");
    }

    public IEnumerable<string[]> Rows() =>
        Warnings.Select(w =>
            new[]
            {
                w.Measure.Topic,
                w.Measure.Name,
                w.Measure.Key,
                w.Year,
                LaitTable.Figure(w.Figure, w.Measure.Decimals),
                w.Standing.Rank is { } rank
                    ? $"{rank.ToString(CultureInfo.InvariantCulture)} of {w.Standing.Ranked.ToString(CultureInfo.InvariantCulture)}"
                    : "",
                w.Standing.Band?.ToString() ?? "",
                w.Warning.Kind,
                w.Warning.Evidence,
            }
        );

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Data = await LaitLoader.CachedAsync(db, cache, cancellationToken);
        if (La is { } la && Data.Places.TryGetValue(la, out var place) && place.Kind == LaitPlaceKind.Authority)
        {
            Authority = place;
            Warnings = LaitEarlyWarnings.For(Data, la, new LaitGrouping(2025));
        }
    }
}
