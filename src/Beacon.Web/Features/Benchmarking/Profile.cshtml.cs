using Beacon.Application.Benchmarking;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Benchmarking;
using Beacon.Reports.Benchmarking;
using Beacon.Reports.Tables;
using Beacon.Web.Access;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.Benchmarking;

/// <summary>An authority's local profile for a year: every indicator against its neighbours, region and England, with exports.</summary>
[RequirePermission(Permission.ViewSector)]
public sealed class ProfileModel(BeaconDbContext db, IMemoryCache cache) : PageModel
{
    private BenchmarkSet _set = null!;
    private int? _year;
    private IReadOnlyList<ProfileLine>? _lines;

    public string Authority { get; private set; } = "";

    public string AuthorityName { get; private set; } = "";

    /// <summary>The year asked for; none means the latest with figures.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>What the rendered profile depends on: the data's version, the authority and the year asked for.</summary>
    public string CacheKey { get; private set; } = "";

    // Worked out only when the page is rendered, not when its cached copy is served.
    public IReadOnlyList<int> Years => BenchmarkCoverage.Years(_set);

    public int ShownYear =>
        _year ??=
            Year
            ?? Years.FirstOrDefault(y => _set.Profile(Authority, y).Any(l => l.Figure.Value is not null || l.Figure.Symbol is not null));

    public IReadOnlyList<ProfileLine> Lines => _lines ??= _set.Profile(Authority, ShownYear);

    public IReadOnlyList<string> Neighbours => _set.NeighboursOf(Authority, ShownYear);

    public async Task<IActionResult> OnGetAsync(string la, CancellationToken cancellationToken) =>
        await LoadAsync(la, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(string la, CancellationToken cancellationToken) =>
        await LoadAsync(la, cancellationToken)
            ? File(TableExports.Csv(ProfileTable.Headers, Lines.Select(ProfileTable.Row)), "text/csv; charset=utf-8", FileName("csv"))
            : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(string la, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(la, cancellationToken))
        {
            return NotFound();
        }

        var stream = new MemoryStream();
        TableExports.Xlsx("Profile", ProfileTable.Headers, Lines.Select(ProfileTable.Row), stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));
    }

    public async Task<IActionResult> OnGetDocxAsync(string la, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(la, cancellationToken))
        {
            return NotFound();
        }

        var stream = new MemoryStream();
        LocalProfileDocx.Write(
            AuthorityName,
            YearLabel,
            Neighbours.Select(BenchmarkCoverage.NameOf).ToList(),
            Lines,
            HttpContext.RequestServices.Today(),
            stream
        );
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileName("docx"));
    }

    /// <summary>The authority and its neighbours for one indicator as a bar chart, England dashed.</summary>
    public async Task<IActionResult> OnGetChartAsync(string la, string indicator, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(la, cancellationToken) || Lines.FirstOrDefault(l => l.Indicator.Code == indicator) is not { } line)
        {
            return NotFound();
        }

        var series = _set.Find(indicator)!;
        var bars = new[] { Authority }
            .Concat(Neighbours)
            .Select(code => (Code: code, Figure: series.Authority(line.Year, code)))
            .Where(b => b.Figure.Value is not null)
            .Select(b => (BenchmarkCoverage.NameOf(b.Code), b.Figure.Value!.Value, b.Code == Authority))
            .ToList();
        return File(NeighbourChart.Png(bars, line.England.Value), "image/png");
    }

    public string YearLabel => ShownYear.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string FileName(string extension) => $"local-profile-{Authority}-{ShownYear}.{extension}";

    private async Task<bool> LoadAsync(string la, CancellationToken cancellationToken)
    {
        if (BenchmarkCoverage.Register.FindByOldCode(la) is not { } authority)
        {
            return false;
        }

        (_set, var version) = await BenchmarkLoader.CachedWithVersionAsync(db, cache, cancellationToken);
        Authority = authority.OldCode;
        AuthorityName = authority.Name;
        CacheKey = $"{version}|{Authority}|{Year}";
        return true;
    }
}
