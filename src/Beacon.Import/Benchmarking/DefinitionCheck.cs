using Beacon.Data;
using Beacon.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Benchmarking;

/// <summary>
/// Whether a benchmark definition's dataset, measure and filters pick out one series of the figures loaded: a
/// misspelt name or filter value, or filters that match several groups of rows, is a located error rather than an
/// indicator that silently vanishes from the profile or shows one group of several.
/// </summary>
public static class DefinitionCheck
{
    private const int Shown = 10;

    /// <summary>What is wrong, as (column, value, reason), or null where the definition picks out one series.</summary>
    public static async Task<(string Column, string Value, string Reason)?> ProblemAsync(
        BeaconDbContext db,
        string dataset,
        string filters,
        string measure,
        (string Dataset, string Filters, string Measure) columns,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.Statistics.AnyAsync(s => s.Dataset == dataset, cancellationToken))
        {
            return (
                columns.Dataset,
                dataset,
                "no figures are loaded under this dataset: load its file first, or check the name against the imports list"
            );
        }

        var measures = await db
            .Statistics.Where(s => s.Dataset == dataset)
            .Select(s => s.Measure)
            .Distinct()
            .ToListAsync(cancellationToken);
        if (!measures.Contains(measure, StringComparer.Ordinal))
        {
            var near = measures.FirstOrDefault(m => m.Equals(measure, StringComparison.OrdinalIgnoreCase));
            return (
                columns.Measure,
                measure,
                near is not null
                    ? $"the dataset has no measure of this name; did you mean {near}?"
                    : $"the dataset has no measure of this name; its measures are: {List(measures)}"
            );
        }

        // Each group of rows the measure has, by its filters other than the publication version (DfE's provisional
        // and final figures of one group are one series).
        var groups = (
            await db
                .Statistics.Where(s => s.Dataset == dataset && s.Measure == measure)
                .Select(s => s.Filters)
                .Distinct()
                .ToListAsync(cancellationToken)
        )
            .Select(f => StatisticFilters.Parse(f).Where(p => p.Name != "version").ToDictionary(p => p.Name, p => p.Value))
            .DistinctBy(g => string.Join('|', g.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")))
            .ToList();
        var wanted = StatisticFilters.Parse(filters).ToList();
        var matching = groups;
        foreach (var (name, value) in wanted)
        {
            var next = matching.Where(g => g.TryGetValue(name, out var v) && v == value).ToList();
            if (next.Count == 0)
            {
                var values = groups.Select(g => g.GetValueOrDefault(name)).OfType<string>().Distinct().ToList();
                return (
                    columns.Filters,
                    $"{name}={value}",
                    values.Count == 0
                        ? $"the measure's rows have no filter {name}; their filters are: {List(groups.SelectMany(g => g.Keys).Distinct())}"
                        : $"no row of the measure has {name} = {value}; its values are: {List(values)}"
                );
            }

            matching = next;
        }

        if (matching.Count > 1)
        {
            var apart = matching[0].Keys.First(k => matching.Select(g => g.GetValueOrDefault(k)).Distinct().Count() > 1);
            return (
                columns.Filters,
                filters,
                $"these filters match {matching.Count} groups of rows; add {apart} to choose one: {List(matching.Select(g => g.GetValueOrDefault(apart)).OfType<string>().Distinct())}"
            );
        }

        return null;
    }

    private static string List(IEnumerable<string> values)
    {
        var all = values.Order(StringComparer.Ordinal).ToList();
        return string.Join(", ", all.Take(Shown)) + (all.Count > Shown ? $" and {all.Count - Shown} more" : "");
    }
}
