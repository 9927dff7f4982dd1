using Beacon.Data;
using Beacon.Data.Finance;
using Beacon.Data.Statistics;
using Beacon.Domain.Finance;
using Beacon.Domain.Periods;
using Beacon.Import.Pipeline;
using Beacon.Import.Tabular;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Finance;

/// <summary>
/// A finance ledger extract of departmental summary lines: department, quarter, group, line, annual
/// budget, budget to date and expenditure to date, in £'000. One file may hold several departments and quarters.
/// </summary>
public sealed class FinanceLinesFormat(IReadOnlyCollection<Department> departments, FinancialQuarter currentQuarter)
    : RowFormat<FinanceLinesFormat.ParsedLine>
{
    public const string FormatName = "finance-lines";

    private static readonly string[] AmountColumns = ["annual_budget", "budget_to_date", "expenditure_to_date"];

    public override string Name => FormatName;

    public override string Dataset => "finance";

    protected override IReadOnlyList<string> RequiredColumns { get; } = ["department", "quarter", "group", "line", .. AmountColumns];

    protected override string KeyDescription => "department, quarter, group and line";

    /// <summary>The format with the departments defined in the database, judging periods against today.</summary>
    public static async Task<FinanceLinesFormat> CreateAsync(BeaconDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
        return new FinanceLinesFormat(departments, FinancialQuarter.Current(clock));
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
        var lines = Read(path).Select(r => r.Parsed!).ToList();
        var years = lines.Select(l => l.Quarter.StartYear).Distinct().ToList();
        var existing = await db.FinancialLines.Where(l => years.Contains(l.Year)).ToListAsync(cancellationToken);
        long inserted = 0,
            updated = 0,
            unchanged = 0;
        var order = 0;
        foreach (var line in lines)
        {
            order++;
            var figures = line.Line.Figures;
            var match = existing.FirstOrDefault(e =>
                e.DepartmentId == line.Department.Id
                && e.Year == line.Quarter.StartYear
                && e.Quarter == line.Quarter.Quarter
                && e.LineGroup == line.Line.Group
                && string.Equals(e.Name, line.Line.Name, StringComparison.OrdinalIgnoreCase)
            );
            if (match is null)
            {
                db.FinancialLines.Add(
                    new FinancialLineRecord
                    {
                        DepartmentId = line.Department.Id,
                        Year = line.Quarter.StartYear,
                        Quarter = line.Quarter.Quarter,
                        LineGroup = line.Line.Group,
                        Name = line.Line.Name,
                        SortOrder = order,
                        AnnualBudget = figures.AnnualBudget,
                        BudgetToDate = figures.BudgetToDate,
                        ExpenditureToDate = figures.ExpenditureToDate,
                        ImportRunId = importRunId,
                    }
                );
                inserted++;
            }
            else if (
                match.AnnualBudget != figures.AnnualBudget
                || match.BudgetToDate != figures.BudgetToDate
                || match.ExpenditureToDate != figures.ExpenditureToDate
            )
            {
                (match.AnnualBudget, match.BudgetToDate, match.ExpenditureToDate, match.ImportRunId) = (
                    figures.AnnualBudget,
                    figures.BudgetToDate,
                    figures.ExpenditureToDate,
                    importRunId
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
        progress?.Report(new ImportProgress("Writing", lines.Count, lines.Count));
        return new BulkWriteCounts(inserted, updated, unchanged);
    }

    /// <summary>One validated line: its department, quarter and figures.</summary>
    public sealed record ParsedLine(Department Department, FinancialQuarter Quarter, FinancialLine Line);

    protected override (object Key, string Column, string Value) KeyOf(ParsedLine parsed) =>
        ((parsed.Department.Id, parsed.Quarter, parsed.Line.Group, parsed.Line.Name.ToUpperInvariant()), "line", parsed.Line.Name);

    protected override (ParsedLine? Parsed, ImportError? Error) Parse(long row, Func<string, string> cell)
    {
        ImportError Error(string column, string reason) => new("", row, column, cell(column), reason);

        var department = departments.FirstOrDefault(d =>
            string.Equals(d.Code, cell("department"), StringComparison.OrdinalIgnoreCase)
            || string.Equals(d.Name, cell("department"), StringComparison.OrdinalIgnoreCase)
        );
        if (department is null)
        {
            return (
                null,
                Error("department", $"not a department of the framework; known: {string.Join(", ", departments.Select(d => d.Code))}")
            );
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

        if (!Enum.TryParse<FinancialLineGroup>(cell("group"), ignoreCase: true, out var group) || !Enum.IsDefined(group))
        {
            return (null, Error("group", "expected Expenditure, Income or Recharges"));
        }

        if (cell("line").Length == 0)
        {
            return (null, Error("line", "every line needs a name"));
        }

        var amounts = new decimal[AmountColumns.Length];
        for (var i = 0; i < amounts.Length; i++)
        {
            if (!LedgerAmount.TryParse(cell(AmountColumns[i]), out amounts[i]))
            {
                return (null, Error(AmountColumns[i], "not an amount in £'000 (e.g. 1,978 or -113)"));
            }
        }

        var line = new FinancialLine(group, cell("line"), new FinancialFigures(amounts[0], amounts[1], amounts[2]));
        return line.CheckSigns() is { } problem
            ? (null, Error("annual_budget", problem.Message))
            : (new ParsedLine(department, quarter.Value, line), null);
    }
}
