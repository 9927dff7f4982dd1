using Beacon.Data;
using Beacon.Data.Imports;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Statistics;

/// <summary>
/// What a loaded dataset holds, so that a benchmark definition can be written from it rather than from the raw file:
/// its filter columns with their values, its measures, periods and geographic levels (with their figures), its
/// figure count and its import runs.
/// </summary>
public sealed record DatasetContents(
    string Name,
    long Figures,
    IReadOnlyList<(string Column, IReadOnlyList<string> Values)> Filters,
    IReadOnlyList<string> Measures,
    IReadOnlyList<string> Periods,
    IReadOnlyList<(string Level, long Figures)> Levels,
    IReadOnlyList<ImportRun> Imports
)
{
    /// <summary>Every dataset's name with its figure count, by name.</summary>
    public static async Task<IReadOnlyList<(string Name, long Figures)>> ListAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (
            await db.Statistics.GroupBy(s => s.Dataset).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken)
        )
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => (d.Key, d.Count))
            .ToList();
    }

    /// <summary>The dataset's contents, or null when no figure is filed under that name.</summary>
    public static async Task<DatasetContents?> ReadAsync(BeaconDbContext db, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var figures = db.Statistics.AsNoTracking().Where(s => s.Dataset == name);
        var levels = await figures
            .GroupBy(s => s.GeographicLevel)
            .Select(g => new { g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        if (levels.Count == 0)
        {
            return null;
        }

        var filterSets = await figures.Select(s => s.Filters).Distinct().ToListAsync(cancellationToken);
        var filters = filterSets
            .SelectMany(f => f.Split('|', StringSplitOptions.RemoveEmptyEntries))
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0], StringComparer.Ordinal)
            .Select(g =>
                (g.Key, (IReadOnlyList<string>)g.Select(p => p[1]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())
            )
            .ToList();
        var measures = await figures.Select(s => s.Measure).Distinct().ToListAsync(cancellationToken);
        var periods = await figures.Select(s => s.TimePeriod).Distinct().ToListAsync(cancellationToken);
        var imports = await db
            .ImportRuns.AsNoTracking()
            .Where(r => r.Dataset == name)
            .OrderByDescending(r => r.Id)
            .ToListAsync(cancellationToken);
        return new DatasetContents(
            name,
            levels.Sum(l => l.Count),
            filters,
            measures.Order(StringComparer.Ordinal).ToList(),
            periods.Order(StringComparer.Ordinal).ToList(),
            levels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => (l.Key, l.Count)).ToList(),
            imports
        );
    }
}
