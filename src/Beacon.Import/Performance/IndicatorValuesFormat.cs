using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Data.Statistics;
using Beacon.Domain.Periods;
using Beacon.Domain.Statistics;
using Beacon.Import.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Performance;

/// <summary>
/// Quarterly indicator values from a service's return: indicator reference, quarter, value, and optionally
/// numerator and denominator. A value may be a DfE symbol (c, x, ...) where it may not be published.
/// </summary>
public sealed class IndicatorValuesFormat(IReadOnlyCollection<Indicator> indicators, FinancialQuarter currentQuarter)
    : RowFormat<IndicatorValuesFormat.ParsedValue>
{
    public const string FormatName = "indicator-values";

    public override string Name => FormatName;

    public override string Dataset => "indicator-values";

    /// <summary>Numerator and denominator are optional.</summary>
    protected override IReadOnlyList<string> RequiredColumns { get; } = ["indicator", "quarter", "value"];

    protected override string KeyDescription => "indicator and quarter";

    public static async Task<IndicatorValuesFormat> CreateAsync(BeaconDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var indicators = await db.Indicators.AsNoTracking().ToListAsync(cancellationToken);
        return new IndicatorValuesFormat(indicators, FinancialQuarter.Current(clock));
    }

    public override async Task<BulkWriteCounts> WriteAsync(
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

    /// <summary>One validated value for an indicator and quarter.</summary>
    public sealed record ParsedValue(
        Indicator Indicator,
        FinancialQuarter Quarter,
        StatisticValue Value,
        decimal? Numerator,
        decimal? Denominator
    );

    protected override (object Key, string Column, string Value) KeyOf(ParsedValue parsed) =>
        ((parsed.Indicator.Id, parsed.Quarter), "indicator", parsed.Indicator.Reference);

    protected override (ParsedValue? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        ImportError Error(string column, string reason) => new("", row, column, cell(column), reason);

        var indicator = indicators.FirstOrDefault(i => string.Equals(i.Reference, cell("indicator"), StringComparison.OrdinalIgnoreCase));
        if (indicator is null)
        {
            return (null, Error("indicator", "not an indicator of the framework"));
        }

        var quarter = FinancialQuarter.Parse(cell("quarter"));
        if (!quarter.Succeeded)
        {
            return (null, Error("quarter", quarter.Problem!.Message));
        }

        if (quarter.Value > currentQuarter)
        {
            return (null, Error("quarter", $"outside the framework: {quarter.Value} is after the current quarter, {currentQuarter}"));
        }

        if (!StatisticValue.TryParse(cell("value"), out var value) || value == StatisticValue.Missing)
        {
            return (null, Error("value", "not a number or a DfE symbol (x, c, z, low, k, u)"));
        }

        var parts = new decimal?[2];
        string[] partColumns = ["numerator", "denominator"];
        for (var i = 0; i < parts.Length; i++)
        {
            if (cell(partColumns[i]).Length == 0)
            {
                continue;
            }

            if (!StatisticValue.TryParse(cell(partColumns[i]), out var part) || part.Number is null)
            {
                return (null, Error(partColumns[i], "not a number"));
            }

            parts[i] = part.Number;
        }

        return (new ParsedValue(indicator, quarter.Value, value, parts[0], parts[1]), null);
    }
}
