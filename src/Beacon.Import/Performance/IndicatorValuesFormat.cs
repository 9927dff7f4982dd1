using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Data.Statistics;
using Beacon.Domain.Periods;
using Beacon.Domain.Statistics;
using Beacon.Import.Pipeline;
using Beacon.Import.Tabular;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Performance;

/// <summary>
/// Quarterly indicator values from a service's return: indicator reference, quarter, value, and optionally
/// numerator and denominator. A value may be a DfE symbol (c, x, ...) where it may not be published.
/// </summary>
public sealed class IndicatorValuesFormat(IReadOnlyCollection<Indicator> indicators, FinancialQuarter currentQuarter) : IImportFormat
{
    public const string FormatName = "indicator-values";

    private static readonly string[] Required = ["indicator", "quarter", "value"];

    public string Name => FormatName;

    public string Dataset => "indicator-values";

    public static async Task<IndicatorValuesFormat> CreateAsync(BeaconDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var indicators = await db.Indicators.AsNoTracking().ToListAsync(cancellationToken);
        return new IndicatorValuesFormat(indicators, FinancialQuarter.Of(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)));
    }

    public long Validate(string path, ImportErrors errors, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var seen = new Dictionary<(int, FinancialQuarter), long>();
        long rows = 0;
        foreach (var (row, parsed, error) in Read(path))
        {
            if (error is not null)
            {
                errors.Add(error.Row, error.Column, error.Value, error.Reason);
                if (error.Row <= 1)
                {
                    return rows;
                }
            }
            else if (!seen.TryAdd((parsed!.Indicator.Id, parsed.Quarter), row))
            {
                errors.Add(
                    row,
                    "indicator",
                    parsed.Indicator.Reference,
                    $"duplicate: the same indicator and quarter as row {seen[(parsed.Indicator.Id, parsed.Quarter)]}"
                );
            }

            rows++;
        }

        if (rows == 0 && !errors.Any)
        {
            errors.Add(0, null, null, "the file has a header but no data rows");
        }

        return rows;
    }

    public async Task<BulkWriteCounts> WriteAsync(
        BeaconDbContext db,
        string path,
        long importRunId,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = Read(path).Select(r => r.Parsed!).ToList();
        var ids = rows.Select(r => r.Indicator.Id).Distinct().ToList();
        var existing = await db.IndicatorValues.Where(v => ids.Contains(v.IndicatorId)).ToListAsync(cancellationToken);
        long inserted = 0,
            updated = 0,
            unchanged = 0;
        foreach (var row in rows)
        {
            var symbol = row.Value.Suppression is { } s ? StatisticValue.SymbolOf(s) : null;
            var match = existing.FirstOrDefault(v =>
                v.IndicatorId == row.Indicator.Id && v.Year == row.Quarter.StartYear && v.Quarter == row.Quarter.Quarter
            );
            if (match is null)
            {
                db.IndicatorValues.Add(
                    new IndicatorValue
                    {
                        IndicatorId = row.Indicator.Id,
                        Year = row.Quarter.StartYear,
                        Quarter = row.Quarter.Quarter,
                        Value = row.Value.Number,
                        Symbol = symbol,
                        Numerator = row.Numerator,
                        Denominator = row.Denominator,
                    }
                );
                inserted++;
            }
            else if (
                match.Value != row.Value.Number
                || match.Symbol != symbol
                || match.Numerator != row.Numerator
                || match.Denominator != row.Denominator
            )
            {
                (match.Value, match.Symbol, match.Numerator, match.Denominator) = (
                    row.Value.Number,
                    symbol,
                    row.Numerator,
                    row.Denominator
                );
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        db.AuditScope.Reason = $"Imported (import run {importRunId})";
        await db.SaveChangesAsync(cancellationToken);
        progress?.Report(new ImportProgress("Writing", rows.Count, rows.Count));
        return new BulkWriteCounts(inserted, updated, unchanged);
    }

    private sealed record ParsedValue(
        Indicator Indicator,
        FinancialQuarter Quarter,
        StatisticValue Value,
        decimal? Numerator,
        decimal? Denominator
    );

    private IEnumerable<(long Row, ParsedValue? Parsed, ImportError? Error)> Read(string path)
    {
        var opened = TabularReader.Open(path);
        if (!opened.Succeeded)
        {
            yield return (0, null, new ImportError("", 0, null, null, opened.Problem!.Message));
            yield break;
        }

        using var reader = opened.Value;
        int Column(string name) => reader.Header.ToList().FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        if (Required.FirstOrDefault(c => Column(c) < 0) is { } missing)
        {
            yield return (
                1,
                null,
                new ImportError(
                    "",
                    1,
                    missing,
                    null,
                    $"required column is missing; the header needs: {string.Join(", ", Required)} (numerator and denominator are optional)"
                )
            );
            yield break;
        }

        var (indicatorAt, quarterAt, valueAt, numeratorAt, denominatorAt) = (
            Column("indicator"),
            Column("quarter"),
            Column("value"),
            Column("numerator"),
            Column("denominator")
        );
        while (reader.Read())
        {
            yield return Parse(reader.RowNumber, reader.Current, indicatorAt, quarterAt, valueAt, numeratorAt, denominatorAt);
        }
    }

    private (long, ParsedValue?, ImportError?) Parse(
        long row,
        string[] cells,
        int indicatorAt,
        int quarterAt,
        int valueAt,
        int numeratorAt,
        int denominatorAt
    )
    {
        var reference = cells[indicatorAt].Trim();
        var indicator = indicators.FirstOrDefault(i => string.Equals(i.Reference, reference, StringComparison.OrdinalIgnoreCase));
        if (indicator is null)
        {
            return (row, null, new ImportError("", row, "indicator", reference, "not an indicator of the framework"));
        }

        var quarterText = cells[quarterAt].Trim();
        var quarter = FinancialQuarter.Parse(quarterText);
        if (!quarter.Succeeded)
        {
            return (row, null, new ImportError("", row, "quarter", quarterText, quarter.Problem!.Message));
        }

        if (quarter.Value > currentQuarter)
        {
            return (
                row,
                null,
                new ImportError(
                    "",
                    row,
                    "quarter",
                    quarterText,
                    $"outside the framework: {quarter.Value} is after the current quarter, {currentQuarter}"
                )
            );
        }

        var valueText = cells[valueAt].Trim();
        if (!StatisticValue.TryParse(valueText, out var value) || value == StatisticValue.Missing)
        {
            return (row, null, new ImportError("", row, "value", valueText, "not a number or a DfE symbol (x, c, z, low, k, u)"));
        }

        decimal? numerator = null,
            denominator = null;
        foreach (var (at, name) in new[] { (numeratorAt, "numerator"), (denominatorAt, "denominator") })
        {
            var text = at < 0 ? "" : cells[at].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (!StatisticValue.TryParse(text, out var part) || part.Number is null)
            {
                return (row, null, new ImportError("", row, name, text, "not a number"));
            }

            (numerator, denominator) = name == "numerator" ? (part.Number, denominator) : (numerator, part.Number);
        }

        return (row, new ParsedValue(indicator, quarter.Value, value, numerator, denominator), null);
    }
}
