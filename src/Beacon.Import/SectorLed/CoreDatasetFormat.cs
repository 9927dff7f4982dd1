using System.Globalization;
using Beacon.Data;
using Beacon.Data.SectorLed;
using Beacon.Data.Statistics;
using Beacon.Domain;
using Beacon.Domain.Periods;
using Beacon.Domain.SectorLed;
using Beacon.Domain.Statistics;
using Beacon.Import.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.SectorLed;

/// <summary>
/// An authority's quarterly return of its region's core dataset: a row an indicator (indicator, value, and a
/// narrative where it wants to explain the figure), every indicator of the dataset once. The region's call for the
/// quarter is named as the dataset (2026-Q2); a return after the call's deadline is taken and marked late.
/// </summary>
public sealed class CoreDatasetFormat(CoreDataset dataset, CoreDatasetCollection collection, int regionalBodyId, TimeProvider clock)
    : RowFormat<CoreDatasetFormat.ParsedFigure>,
        IChecksAgainstData
{
    public const string FormatName = "core-dataset";

    private readonly HashSet<string> _returned = new(StringComparer.Ordinal);

    public override string Name => FormatName;

    public override string Dataset => $"{dataset.Code} {Quarter}";

    private FinancialQuarter Quarter => new(collection.Year, collection.Quarter);

    protected override IReadOnlyList<string> RequiredColumns { get; } = ["indicator", "value"];

    protected override string KeyDescription => "indicator";

    /// <summary>The format for the acting authority's return to its region's call for the quarter named.</summary>
    public static async Task<Result<IImportFormat>> CreateAsync(
        BeaconDbContext db,
        string? quarterCode,
        TimeProvider clock,
        CancellationToken cancellationToken
    )
    {
        var quarter = FinancialQuarter.Parse(quarterCode ?? "");
        if (!quarter.Succeeded)
        {
            return Result.Failure(
                ImportFormats.DatasetNeeded,
                $"give the quarter of the region's call as the dataset, for example 2026-Q2"
            );
        }

        if (await RegionalCalls.RegionalBodyAsync(db, cancellationToken) is not { } body)
        {
            return Result.Failure(
                ImportFormats.DatasetNeeded,
                "your authority's region has no regional body on Beacon to return a core dataset to"
            );
        }

        var calls = await RegionalCalls.CollectionsAsync(db, body, cancellationToken);
        if (
            calls.FirstOrDefault(c => c.Year == quarter.Value.StartYear && c.Quarter == quarter.Value.Quarter) is not { } call
            || CoreDatasets.Find(call.DatasetCode) is not { } shipped
        )
        {
            return Result.Failure(
                ImportFormats.DatasetNeeded,
                $"{body.Name} has made no call for {quarter.Value}; it has called for {(calls.Count == 0 ? "none yet" : string.Join(", ", calls.Select(c => new FinancialQuarter(c.Year, c.Quarter).ToString())))}"
            );
        }

        return new CoreDatasetFormat(shipped, call, body.Id, clock);
    }

    public Task CheckAsync(BeaconDbContext db, string path, ImportErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var missing in dataset.Indicators.Where(i => !_returned.Contains(i.Code)))
        {
            errors.Add(
                0,
                "indicator",
                missing.Code,
                $"the return has no row for {missing.Name}: every indicator of the {dataset.Name} is returned, with a DfE symbol (x, c) where there is no figure"
            );
        }

        return Task.CompletedTask;
    }

    protected override void BeginRead() => _returned.Clear();

    protected override (object Key, string Column, string Value) KeyOf(ParsedFigure parsed) =>
        (parsed.Indicator.Code, "indicator", parsed.Indicator.Code);

    protected override (ParsedFigure? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        ImportError Error(string column, string reason) => new("", row, column, cell(column), reason);

        if (dataset.Indicator(cell("indicator")) is not { } indicator)
        {
            return (null, Error("indicator", $"not an indicator of the {dataset.Name}"));
        }

        if (!StatisticValue.TryParse(cell("value"), out var value) || value == StatisticValue.Missing)
        {
            return (null, Error("value", "not a number or a DfE symbol (x, c, z, low, k, u)"));
        }

        if (value.Number is { } number && (number < indicator.Minimum || number > indicator.Maximum))
        {
            return (
                null,
                Error(
                    "value",
                    $"outside {indicator.Minimum.ToString(CultureInfo.InvariantCulture)} to {indicator.Maximum.ToString(CultureInfo.InvariantCulture)}, the range of a {indicator.Unit}"
                )
            );
        }

        var narrative = cell("narrative");
        if (narrative.Length > CoreDataset.NarrativeLimit)
        {
            return (
                null,
                new ImportError(
                    "",
                    row,
                    "narrative",
                    $"{narrative[..40]}…",
                    $"{narrative.Length:N0} characters; a narrative is at most {CoreDataset.NarrativeLimit:N0}"
                )
            );
        }

        _returned.Add(indicator.Code);
        return (new ParsedFigure(indicator, value, narrative), null);
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
        var importedBy = await db.ImportRuns.Where(r => r.Id == importRunId).Select(r => r.ImportedBy).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var submission = await db
            .CoreDatasetSubmissions.Include(s => s.Figures)
            .FirstOrDefaultAsync(s => s.CollectionId == collection.Id, cancellationToken);
        var first = submission is null;
        submission ??= db
            .CoreDatasetSubmissions.Add(
                new CoreDatasetSubmission
                {
                    CollectionId = collection.Id,
                    RegionOrganisationId = regionalBodyId,
                    FirstSubmittedAtUtc = now,
                }
            )
            .Entity;
        long inserted = 0,
            updated = 0,
            unchanged = 0;
        foreach (var row in rows)
        {
            var symbol = row.Value.Suppression is { } s ? StatisticValue.SymbolOf(s) : null;
            if (submission.Figures.FirstOrDefault(f => f.IndicatorCode == row.Indicator.Code) is not { } figure)
            {
                submission.Figures.Add(
                    new CoreDatasetFigure
                    {
                        IndicatorCode = row.Indicator.Code,
                        Value = row.Value.Number,
                        Symbol = symbol,
                        Narrative = row.Narrative,
                    }
                );
                inserted++;
            }
            else if (figure.Value != row.Value.Number || figure.Symbol != symbol || figure.Narrative != row.Narrative)
            {
                (figure.Value, figure.Symbol, figure.Narrative) = (row.Value.Number, symbol, row.Narrative);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        if (inserted + updated > 0)
        {
            (submission.SubmittedBy, submission.LastSubmittedAtUtc, submission.ImportRunId) = (importedBy, now, importRunId);
            var late = SubmissionDeadline.IsLate(collection.DeadlineOn, now) ? ", after the deadline" : "";
            db.AuditScope.Reason =
                $"{(first ? "Returned" : "Returned again")}: the {dataset.Name} for {Quarter.DisplayName}{late} (import run {importRunId})";
            await db.SaveChangesAsync(cancellationToken);
        }

        progress?.Report(new ImportProgress("Writing", rows.Count, rows.Count));
        return new BulkWriteCounts(inserted, updated, unchanged);
    }

    /// <summary>One indicator's returned figure (or symbol) and narrative.</summary>
    public sealed record ParsedFigure(CoreDatasetIndicator Indicator, StatisticValue Value, string Narrative);
}
