using Beacon.Application.Benchmarking;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Benchmarking;
using Beacon.Import.Geography;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.Benchmarking;

/// <summary>
/// Benchmarking for every authority: pick one for its local profile, read an indicator's ranking, or list the
/// early warnings across a region, as a regional improvement partnership would.
/// </summary>
[RequirePermission(Permission.ViewSector)]
public sealed class IndexModel(BeaconDbContext db, IMemoryCache cache) : PageModel
{
    public IReadOnlyList<LocalAuthority> Authorities { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Regions { get; private set; } = [];

    public IReadOnlyList<BenchmarkIndicator> Indicators { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>The early warnings in the region and year: authority, indicator, and the warning with its figures.</summary>
    public IReadOnlyList<(string Authority, ProfileLine Line, EarlyWarning Warning)> Warnings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? la, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(la))
        {
            return Redirect($"/sector/profiles/{Uri.EscapeDataString(la.Trim())}");
        }

        var set = await BenchmarkLoader.CachedAsync(db, cache, cancellationToken);
        Authorities = BenchmarkCoverage.Authorities(set);
        Regions = BenchmarkCoverage.Regions(set);
        Indicators = set.Series.Select(s => s.Indicator).OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
        Years = BenchmarkCoverage.Years(set);
        if (Region is not null && Year is { } year)
        {
            Warnings = Authorities
                .Where(a => Region == "all" || a.RegionCode == Region)
                .SelectMany(a => set.Profile(a.OldCode, year).SelectMany(l => l.Warnings.Select(w => (a.OldCode, l, w))))
                .OrderBy(w => BenchmarkCoverage.NameOf(w.OldCode), StringComparer.Ordinal)
                .ThenBy(w => w.l.Indicator.Name, StringComparer.Ordinal)
                .ToList();
        }

        return Page();
    }
}
