using Beacon.Data;
using Beacon.Domain.Benchmarking;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Application.Benchmarking;

/// <summary>
/// A region's tartan rug (or England's, every authority) from the national figures loaded, worked out once per
/// version of the figures, region and year: the regional view is opened by every authority of the region at once.
/// </summary>
public static class RegionalRug
{
    /// <summary>The code that asks for every English authority rather than one region.</summary>
    public const string England = "all";

    public sealed record View(
        string Region,
        string RegionName,
        int Year,
        TartanRug Rug,
        IReadOnlyList<TartanExtreme> Extremes,
        IReadOnlyList<(string Code, string Name)> Regions,
        IReadOnlyList<int> Years,
        string CacheKey
    );

    /// <summary>The rug of a region (or <see cref="England"/>) as at a year (the latest with figures when none); null for a region with no authority.</summary>
    public static async Task<View?> ForAsync(
        BeaconDbContext db,
        IMemoryCache cache,
        string region,
        int? year,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(cache);
        var (set, version) = await BenchmarkLoader.CachedWithVersionAsync(db, cache, cancellationToken);
        var asAt = year ?? BenchmarkCoverage.Years(set).DefaultIfEmpty(0).First();
        return await cache.GetOrCreateAsync(
            (nameof(RegionalRug), version, region, asAt),
            entry =>
            {
                entry.SlidingExpiration = TimeSpan.FromMinutes(30);
                return Task.FromResult(Build(set, region, asAt, $"{version}|{region}|{asAt}"));
            }
        );
    }

    /// <summary>The rug itself, for the region's authorities with figures, by name; null for a code that is no region.</summary>
    public static View? Build(BenchmarkSet set, string region, int asAt, string cacheKey)
    {
        ArgumentNullException.ThrowIfNull(set);
        var name = region == England ? "England" : BenchmarkCoverage.Register.All.FirstOrDefault(a => a.RegionCode == region)?.RegionName;
        if (name is null)
        {
            return null;
        }

        var authorities = BenchmarkCoverage
            .Authorities(set)
            .Where(a => region == England || a.RegionCode == region)
            .Select(a => a.OldCode)
            .ToList();
        var rug = TartanRug.Of(set, authorities, asAt);
        var extremes = rug.Extremes()
            .OrderBy(e => e.End)
            .ThenBy(e => BenchmarkCoverage.NameOf(e.Authority), StringComparer.Ordinal)
            .ThenBy(e => e.Column.Indicator.Name, StringComparer.Ordinal)
            .ToList();
        return new View(region, name, asAt, rug, extremes, BenchmarkCoverage.Regions(set), BenchmarkCoverage.Years(set), cacheKey);
    }
}
