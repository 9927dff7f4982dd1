using System.Globalization;
using Beacon.Data;
using Beacon.Data.Benchmarking;
using Beacon.Data.Statistics;
using Beacon.Domain;
using Beacon.Import.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Benchmarking;

/// <summary>
/// Benchmarking indicator definitions: <c>code, name, dataset, filters, measure, unit, polarity</c> and optionally
/// <c>decimals, denominator_dataset, denominator_filters, denominator_measure, per</c>. Filters are
/// <c>column=value</c> joined by <c>|</c>, as the statistics keep them. A definition with a shipped code replaces it.
/// </summary>
public sealed class BenchmarkIndicatorsFormat : RowFormat<BenchmarkIndicatorRecord>, IChecksAgainstData
{
    public const string FormatName = "benchmark-indicators";

    public override string Name => FormatName;

    public override string Dataset => FormatName;

    protected override IReadOnlyList<string> RequiredColumns { get; } =
    ["code", "name", "dataset", "filters", "measure", "unit", "polarity"];

    protected override string KeyDescription => "code";

    protected override (object Key, string Column, string Value) KeyOf(BenchmarkIndicatorRecord parsed) =>
        (parsed.Code, "code", parsed.Code);

    protected override (BenchmarkIndicatorRecord? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        ImportError Error(string column, string reason) => new("", row, column, cell(column), reason);
        foreach (var column in new[] { "code", "name", "dataset", "measure", "unit" })
        {
            if (cell(column).Length == 0)
            {
                return (null, Error(column, "is empty"));
            }
        }

        if (!PolarityNames.TryParse(cell("polarity"), out var polarity))
        {
            return (null, Error("polarity", "not " + PolarityNames.Accepted));
        }

        if (Filters(cell("filters")) is null)
        {
            return (null, Error("filters", "each filter must be column=value, joined by |"));
        }

        var decimals = 1;
        if (
            cell("decimals").Length > 0
            && (!int.TryParse(cell("decimals"), NumberStyles.None, CultureInfo.InvariantCulture, out decimals) || decimals > 4)
        )
        {
            return (null, Error("decimals", "not a whole number from 0 to 4"));
        }

        var per = 10_000;
        if (cell("per").Length > 0 && (!int.TryParse(cell("per"), NumberStyles.None, CultureInfo.InvariantCulture, out per) || per == 0))
        {
            return (null, Error("per", "not a positive whole number"));
        }

        var denominator = cell("denominator_dataset");
        if (denominator.Length > 0 && (cell("denominator_measure").Length == 0 || Filters(cell("denominator_filters")) is null))
        {
            return (null, Error("denominator_measure", "a denominator needs its dataset, filters (column=value) and measure"));
        }

        return (
            new BenchmarkIndicatorRecord
            {
                Code = cell("code"),
                Name = cell("name"),
                Dataset = cell("dataset"),
                Filters = cell("filters"),
                Measure = cell("measure"),
                Unit = cell("unit"),
                Polarity = polarity,
                Decimals = decimals,
                DenominatorDataset = denominator.Length == 0 ? null : denominator,
                DenominatorFilters = denominator.Length == 0 ? null : cell("denominator_filters"),
                DenominatorMeasure = denominator.Length == 0 ? null : cell("denominator_measure"),
                Per = per,
            },
            null
        );
    }

    /// <summary>Each definition, and its denominator, must pick out one series of the figures already loaded.</summary>
    public async Task CheckAsync(BeaconDbContext db, string path, ImportErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (row, definition, _) in Read(path))
        {
            var problem = await DefinitionCheck.ProblemAsync(
                db,
                definition!.Dataset,
                definition.Filters,
                definition.Measure,
                ("dataset", "filters", "measure"),
                cancellationToken
            );
            if (problem is null && definition.DenominatorDataset is { } denominator)
            {
                problem = await DefinitionCheck.ProblemAsync(
                    db,
                    denominator,
                    definition.DenominatorFilters ?? "",
                    definition.DenominatorMeasure!,
                    ("denominator_dataset", "denominator_filters", "denominator_measure"),
                    cancellationToken
                );
            }

            if (problem is { } found)
            {
                errors.Add(row, found.Column, found.Value, found.Reason);
            }
        }
    }

    /// <summary>The filters of a definition, or null where one is not <c>column=value</c>; empty where none are given.</summary>
    public static IReadOnlyList<string>? Filters(string text)
    {
        var filters = text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return filters.All(f => f.IndexOf('=', StringComparison.Ordinal) > 0) ? filters : null;
    }

    public override async Task<BulkWriteCounts> WriteAsync(
        BeaconDbContext db,
        string path,
        long importRunId,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        var known = await db.BenchmarkIndicators.ToDictionaryAsync(i => i.Code, cancellationToken);
        long inserted = 0,
            updated = 0,
            unchanged = 0;
        foreach (var definition in Read(path).Select(r => r.Parsed!))
        {
            if (!known.TryGetValue(definition.Code, out var row))
            {
                db.BenchmarkIndicators.Add(definition);
                inserted++;
                continue;
            }

            definition.Id = row.Id;
            // EF marks only the values that differ, so an unchanged definition stays unchanged.
            db.Entry(row).CurrentValues.SetValues(definition);
            if (db.Entry(row).State == EntityState.Modified)
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        db.AuditScope.Reason = "benchmark indicator definitions imported";
        await db.SaveChangesAsync(cancellationToken);
        return new BulkWriteCounts(inserted, updated, unchanged);
    }
}
