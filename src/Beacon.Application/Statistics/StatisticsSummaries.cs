using System.ComponentModel;
using Beacon.Data;
using Beacon.Data.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace Beacon.Application.Statistics;

/// <summary>
/// Summaries over the whole statistics table (millions of figures), computed once per <see cref="StatisticsVersion"/>
/// and shared by every reader; many readers arriving at once wait for one computation.
/// </summary>
public sealed class StatisticsSummaries(BeaconDbContext db, HybridCache cache)
{
    private static readonly HybridCacheEntryOptions Keep = new()
    {
        Expiration = TimeSpan.FromHours(1),
        LocalCacheExpiration = TimeSpan.FromHours(1),
    };

    /// <summary>Every loaded dataset with its figures and latest period, by name.</summary>
    public async Task<IReadOnlyList<DatasetSummary>> DatasetsAsync(CancellationToken cancellationToken)
    {
        var version = await StatisticsVersion.CurrentAsync(db, cancellationToken);
        var summaries = await cache.GetOrCreateAsync(
            $"statistics:{version}:datasets",
            async token => new Frozen<DatasetSummary>(await CountDatasetsAsync(token)),
            Keep,
            cancellationToken: cancellationToken
        );
        return summaries.Items;
    }

    /// <summary>The time periods that hold any of the given measures, newest first.</summary>
    public async Task<IReadOnlyList<string>> PeriodsWithAsync(IReadOnlyCollection<string> measures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var version = await StatisticsVersion.CurrentAsync(db, cancellationToken);
        var periods = await cache.GetOrCreateAsync(
            // The measures by their hash: a cache key has a length limit (1,024) that a long list of columns exceeds.
            $"statistics:{version}:periods:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('|', measures.Order(StringComparer.Ordinal)))))}",
            async token => new Frozen<string>(
                await db
                    .Statistics.Where(s => measures.Contains(s.Measure))
                    .Select(s => s.TimePeriod)
                    .Distinct()
                    .OrderByDescending(p => p)
                    .ToListAsync(token)
            ),
            Keep,
            cancellationToken: cancellationToken
        );
        return periods.Items;
    }

    private async Task<IReadOnlyList<DatasetSummary>> CountDatasetsAsync(CancellationToken cancellationToken)
    {
        // One pass over the table: counts per dataset and period. Neither SQLite nor EF Core takes the maximum
        // of a text column inside a grouping, so the latest period is found from these (few) groups.
        var groups = await db
            .Statistics.GroupBy(s => new { s.Dataset, s.TimePeriod })
            .Select(g => new
            {
                g.Key.Dataset,
                g.Key.TimePeriod,
                Figures = g.LongCount(),
            })
            .ToListAsync(cancellationToken);
        return groups
            .GroupBy(g => g.Dataset)
            .Select(d => new DatasetSummary(d.Key, d.Sum(g => g.Figures), d.Max(g => g.TimePeriod)!))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A list the cache may hand to every reader as it is, without copying it.</summary>
    [ImmutableObject(true)]
    public sealed record Frozen<T>(IReadOnlyList<T> Items);
}
