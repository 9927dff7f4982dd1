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
        var lines = (await LinesAsync(db, cache, laCode, cancellationToken)).ToDictionary(l => l.Indicator.Code);
        return code => lines.TryGetValue(code, out var line) ? Freeze(line) : null;
    }

    /// <summary>Every figure of the authority's profile, frozen as it stands today.</summary>
    public static async Task<IReadOnlyList<FrozenEvidence>> ProfileAsync(
        BeaconDbContext db,
        IMemoryCache cache,
        string? laCode,
        CancellationToken cancellationToken
    ) => (await LinesAsync(db, cache, laCode, cancellationToken)).Select(Freeze).ToList();

    /// <summary>The lines of the authority's profile that raise an early warning: the risks Beacon computes.</summary>
    public static async Task<IReadOnlyList<ProfileLine>> WarningsAsync(
        BeaconDbContext db,
        IMemoryCache cache,
        string? laCode,
        CancellationToken cancellationToken
    ) => (await LinesAsync(db, cache, laCode, cancellationToken)).Where(l => l.Warnings.Count > 0).ToList();

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

    // The profile in its latest year, as the profile page shows it.
    private static async Task<IReadOnlyList<ProfileLine>> LinesAsync(
        BeaconDbContext db,
        IMemoryCache cache,
        string? laCode,
        CancellationToken cancellationToken
    )
    {
        var set = await BenchmarkLoader.CachedAsync(db, cache, cancellationToken);
        var latest = BenchmarkCoverage.Years(set).DefaultIfEmpty(0).First();
        return laCode is null ? [] : set.Profile(laCode, latest);
    }

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
