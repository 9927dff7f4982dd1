using System.Globalization;
using Beacon.Data;
using Beacon.Data.Savings;
using Beacon.Data.Statistics;
using Beacon.Domain.Savings;
using Beacon.Import.Pipeline;
using Beacon.Import.Tabular;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Savings;

/// <summary>
/// A programme's savings schedule as the seed's Appendix 1 lays it out: a row per option, the cost centre's
/// budget on its first row (employees, other direct costs, support recharges, reserves, income), then each
/// option's number, description, proposed net saving and rating. The file is the whole schedule: cost centres
/// and options it no longer holds are taken off.
/// </summary>
public sealed class SavingsScheduleFormat(SavingsProgramme programme, IReadOnlyList<SavingRating> ratings)
    : RowFormat<SavingsScheduleFormat.ParsedRow>
{
    public const string FormatName = "savings-schedule";

    private static readonly string[] BudgetColumns = ["employees", "other", "recharges", "reserves", "income"];

    private static readonly string[] OptionColumns = ["description", "net_saving", "rag"];

    // The row each cost centre's budget was given on, in this reading of the file.
    private readonly Dictionary<string, long> _budgetRows = new(StringComparer.OrdinalIgnoreCase);

    public override string Name => FormatName;

    public override string Dataset => $"savings:{programme.Code}";

    /// <summary>The day the programme was approved, after which its schedule changes only on the web.</summary>
    public DateOnly? ApprovedOn => programme.ApprovedOn;

    protected override IReadOnlyList<string> RequiredColumns { get; } = ["cost_centre", "option", "description", "net_saving", "rag"];

    protected override string KeyDescription => "cost centre and option";

    /// <summary>The format for the programme of that code, with the authority's ratings; null when there is no such programme.</summary>
    public static async Task<SavingsScheduleFormat?> CreateAsync(BeaconDbContext db, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var programme = await db.SavingsProgrammes.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        var ratings = await db.SavingRatings.AsNoTracking().OrderBy(r => r.Position).ToListAsync(cancellationToken);
        return programme is null ? null : new SavingsScheduleFormat(programme, [.. ratings.Select(r => r.ToRating())]);
    }

    protected override void BeginRead() => _budgetRows.Clear();

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
        var existing = await db
            .SavingsCostCentres.Include(c => c.Options)
            .Where(c => c.ProgrammeId == programme.Id)
            .ToListAsync(cancellationToken);
        long inserted = 0,
            updated = 0,
            unchanged = 0;
        var kept = new List<SavingsCostCentre>();
        foreach (
            var (rowsOfCentre, position) in rows.GroupBy(r => r.Heading, StringComparer.OrdinalIgnoreCase).Select((g, i) => (g, i + 1))
        )
        {
            var first = rowsOfCentre.First();
            var budget = rowsOfCentre.Select(r => r.Budget).FirstOrDefault(b => b is not null) ?? CostCentreBudget.None;
            var centre = existing.FirstOrDefault(c => string.Equals(c.Heading, first.Heading, StringComparison.OrdinalIgnoreCase));
            var isNew = centre is null;
            if (centre is null)
            {
                centre = new SavingsCostCentre { ProgrammeId = programme.Id };
                db.SavingsCostCentres.Add(centre);
            }

            var changed = Set(centre, first, budget, position, importRunId);
            kept.Add(centre);
            var options = rowsOfCentre.Where(r => r.Option is not null).ToList();
            foreach (var row in options)
            {
                var option = centre.Options.FirstOrDefault(o => o.Number == row.Option);
                if (option is null)
                {
                    centre.Options.Add(Option(row));
                    inserted++;
                }
                else if (Set(option, row))
                {
                    updated++;
                }
                else
                {
                    unchanged++;
                }
            }

            var dropped = centre.Options.Where(o => options.All(r => r.Option != o.Number)).ToList();
            foreach (var option in dropped)
            {
                centre.Options.Remove(option);
            }

            if (options.Count == 0)
            {
                // A row that names a cost centre without an option counts the cost centre itself.
                if (isNew)
                {
                    inserted++;
                }
                else if (changed)
                {
                    updated++;
                }
                else
                {
                    unchanged++;
                }
            }
            else if (!isNew && (changed || dropped.Count > 0))
            {
                updated++;
            }
        }

        foreach (var gone in existing.Except(kept))
        {
            db.SavingsCostCentres.Remove(gone);
            updated++;
        }

        db.AuditScope.Reason = $"Imported (import run {importRunId})";
        await db.SaveChangesAsync(cancellationToken);
        progress?.Report(new ImportProgress("Writing", rows.Count, rows.Count));
        return new BulkWriteCounts(inserted, updated, unchanged);
    }

    /// <summary>One validated row: its cost centre, the budget where this row gives it, and the option, if any.</summary>
    public sealed record ParsedRow(
        string? Code,
        string Heading,
        CostCentreBudget? Budget,
        int? Option,
        string Description,
        decimal? Saving,
        string? Rating,
        string? Staffing,
        string? Risks
    );

    protected override (object Key, string Column, string Value) KeyOf(ParsedRow parsed) =>
        ((parsed.Heading.ToUpperInvariant(), parsed.Option ?? 0), "option", parsed.Option?.ToString(CultureInfo.InvariantCulture) ?? "");

    protected override (ParsedRow? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        ImportError Error(string column, string reason) => new("", row, column, cell(column), reason);

        var heading = cell("cost_centre");
        if (heading.Length == 0)
        {
            return (null, Error("cost_centre", "every row needs its cost centre's heading"));
        }

        var code = cell("cost_centre_code");
        if (code.Length > 0 && (code.Length > 20 || !code.All(char.IsAsciiDigit)))
        {
            return (null, Error("cost_centre_code", "a ledger code is up to 20 digits, e.g. 227310000"));
        }

        CostCentreBudget? budget = null;
        if (BudgetColumns.FirstOrDefault(c => cell(c).Length > 0) is { } given)
        {
            if (_budgetRows.TryGetValue(heading, out var earlier))
            {
                return (null, Error(given, $"the cost centre's budget is given on row {earlier}: give it once, on its first row"));
            }

            var amounts = new decimal[BudgetColumns.Length];
            for (var i = 0; i < BudgetColumns.Length; i++)
            {
                var text = cell(BudgetColumns[i]);
                if (text.Length > 0 && !LedgerAmount.TryParse(text, out amounts[i]))
                {
                    return (null, Error(BudgetColumns[i], "not an amount in pounds (e.g. 77,096, or a credit as (6,001))"));
                }
            }

            _budgetRows[heading] = row;
            // Reserves and income are amounts received, whether written as credits in brackets or not.
            budget = new CostCentreBudget(amounts[0], amounts[1], amounts[2], Math.Abs(amounts[3]), Math.Abs(amounts[4]));
        }

        var optionText = cell("option");
        if (optionText.Length == 0)
        {
            return OptionColumns.FirstOrDefault(c => cell(c).Length > 0) is not null
                ? (null, Error("option", "number the option (1, 2, ...) that this row describes"))
                : (new ParsedRow(Text(code), heading, budget, null, "", null, null, null, null), null);
        }

        if (!int.TryParse(optionText, NumberStyles.None, CultureInfo.InvariantCulture, out var option) || option is < 1 or > 999)
        {
            return (null, Error("option", "an option is numbered 1 to 999"));
        }

        if (cell("description").Length == 0)
        {
            return (null, Error("description", "describe the option, e.g. Close Building"));
        }

        decimal? saving = null;
        if (cell("net_saving").Length > 0)
        {
            if (!LedgerAmount.TryParse(cell("net_saving"), out var amount) || amount < 0)
            {
                return (null, Error("net_saving", "a proposed net saving is an amount in pounds, 0 or more (e.g. 80,693)"));
            }

            saving = amount;
        }

        var rating = cell("rag");
        var known = ratings.FirstOrDefault(r => string.Equals(r.Code, rating, StringComparison.OrdinalIgnoreCase));
        if (rating.Length == 0 ? saving is > 0 : known is null)
        {
            var codes = string.Join(", ", ratings.Select(r => r.Code));
            return (
                null,
                Error("rag", rating.Length == 0 ? $"rate the saving: one of {codes}" : $"not one of the authority's ratings: {codes}")
            );
        }

        return (
            new ParsedRow(
                Text(code),
                heading,
                budget,
                option,
                cell("description"),
                saving,
                known?.Code,
                Text(cell("staffing")),
                Text(cell("risks"))
            ),
            null
        );
    }

    private static string? Text(string value) => value.Length == 0 ? null : value;

    private static bool Set(SavingsCostCentre centre, ParsedRow first, CostCentreBudget budget, int position, long importRunId)
    {
        var changed =
            centre.Heading != first.Heading || centre.Code != first.Code || centre.Position != position || centre.Budget != budget;
        if (changed)
        {
            centre.Heading = first.Heading;
            centre.Code = first.Code;
            centre.Position = position;
            (centre.Employees, centre.Other, centre.Recharges, centre.Reserves, centre.Income) = (
                budget.Employees,
                budget.Other,
                budget.Recharges,
                budget.Reserves,
                budget.Income
            );
            centre.ImportRunId = importRunId;
        }

        return changed;
    }

    private static SavingOption Option(ParsedRow row)
    {
        var option = new SavingOption { Number = row.Option!.Value };
        Set(option, row);
        return option;
    }

    private static bool Set(SavingOption option, ParsedRow row)
    {
        var changed =
            option.Description != row.Description
            || option.NetSaving != row.Saving
            || option.Rating != row.Rating
            || option.Staffing != row.Staffing
            || option.Risks != row.Risks;
        (option.Description, option.NetSaving, option.Rating, option.Staffing, option.Risks) = (
            row.Description,
            row.Saving,
            row.Rating,
            row.Staffing,
            row.Risks
        );
        return changed;
    }
}
