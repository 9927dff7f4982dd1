using Beacon.Application.Benchmarking;
using Beacon.Data;
using Beacon.Domain.Benchmarking;
using Beacon.Domain.SectorLed;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Application.SectorLed;

/// <summary>The profile figures an area cites, as they stand today, for the authority's LA code.</summary>
public static class SelfAssessmentEvidence
{
    public static async Task<Func<string, FrozenEvidence?>> ForAsync(
        BeaconDbContext db,
        IMemoryCache cache,
        string? laCode,
        CancellationToken cancellationToken
    )
    {
        var set = await BenchmarkLoader.CachedAsync(db, cache, cancellationToken);
        var latest = BenchmarkCoverage.Years(set).DefaultIfEmpty(0).First();
        var profile = laCode is null ? [] : set.Profile(laCode, latest);
        var lines = profile.ToDictionary(l => l.Indicator.Code);
        return code => lines.TryGetValue(code, out var line) ? Freeze(line) : null;
    }

    /// <summary>The lines of the authority's profile that raise an early warning: the risks Beacon computes.</summary>
    public static async Task<IReadOnlyList<ProfileLine>> WarningsAsync(
        BeaconDbContext db,
        IMemoryCache cache,
        string? laCode,
        CancellationToken cancellationToken
    )
    {
        var set = await BenchmarkLoader.CachedAsync(db, cache, cancellationToken);
        var latest = BenchmarkCoverage.Years(set).DefaultIfEmpty(0).First();
        return laCode is null ? [] : set.Profile(laCode, latest).Where(l => l.Warnings.Count > 0).ToList();
    }

    /// <summary>The indicators a self-assessment may cite: the profile's, by name.</summary>
    public static async Task<IReadOnlyList<BenchmarkIndicator>> IndicatorsAsync(
        BeaconDbContext db,
        IMemoryCache cache,
        CancellationToken cancellationToken
    ) =>
        (await BenchmarkLoader.CachedAsync(db, cache, cancellationToken))
            .Series.Select(s => s.Indicator)
            .OrderBy(i => i.Name, StringComparer.Ordinal)
            .ToList();

    private static FrozenEvidence Freeze(ProfileLine line) =>
        new(
            line.Indicator.Code,
            line.Indicator.Name,
            line.Period,
            line.Figure.Value,
            line.Figure.Symbol,
            line.England.Value,
            line.NeighbourAverage,
            line.Place?.Rank,
            line.Place?.Of,
            line.Place?.Band
        );
}
