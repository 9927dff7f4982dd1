using System.Globalization;
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
public sealed class FinanceLinesFormat(IReadOnlyCollection<Department> departments, FinancialQuarter currentQuarter) : IImportFormat
{
    public const string FormatName = "finance-lines";

    private static readonly string[] Columns =
    [
        "department",
        "quarter",
        "group",
        "line",
        "annual_budget",
        "budget_to_date",
        "expenditure_to_date",
    ];

    public string Name => FormatName;

    public string Dataset => "finance";

    /// <summary>The format with the departments defined in the database, judging periods against today.</summary>
    public static async Task<FinanceLinesFormat> CreateAsync(BeaconDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
        return new FinanceLinesFormat(departments, FinancialQuarter.Of(DateOnly.FromDateTime(clock.GetLocalNow().DateTime)));
    }

    public long Validate(string path, ImportErrors errors, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var seen = new Dictionary<(int, FinancialQuarter, FinancialLineGroup, string), long>();
        long rows = 0;
        foreach (var (row, line, error) in Read(path))
        {
            if (error is { } problem)
            {
                errors.Add(problem.Row, problem.Column, problem.Value, problem.Reason);
                if (problem.Row <= 1)
                {
                    return rows;
                }

                rows++;
                continue;
            }

            rows++;
            var key = (line!.Department.Id, line.Quarter, line.Line.Group, line.Line.Name.ToUpperInvariant());
            if (!seen.TryAdd(key, row))
            {
                errors.Add(row, "line", line.Line.Name, $"duplicate: the same department, quarter, group and line as row {seen[key]}");
            }
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
        var lines = Read(path).Select(r => r.Line!).ToList();
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
                && e.LineGroup == line.Line.Group.ToString()
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
                        LineGroup = line.Line.Group.ToString(),
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

        await db.SaveChangesAsync(cancellationToken);
        progress?.Report(new ImportProgress("Writing", lines.Count, lines.Count));
        return new BulkWriteCounts(inserted, updated, unchanged);
    }

    private sealed record ParsedLine(Department Department, FinancialQuarter Quarter, FinancialLine Line);

    // Each data row as a parsed line, or the first problem found in it.
    private IEnumerable<(long Row, ParsedLine? Line, ImportError? Error)> Read(string path)
    {
        var opened = TabularReader.Open(path);
        if (!opened.Succeeded)
        {
            yield return (0, null, new ImportError("", 0, null, null, opened.Problem!.Message));
            yield break;
        }

        using var reader = opened.Value;
        var index = Columns.ToDictionary(
            c => c,
            c => reader.Header.ToList().FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase))
        );
        var missing = index.Where(pair => pair.Value < 0).Select(pair => pair.Key).ToList();
        if (missing.Count > 0)
        {
            yield return (
                1,
                null,
                new ImportError("", 1, missing[0], null, $"required column is missing; the header needs: {string.Join(", ", Columns)}")
            );
            yield break;
        }

        while (reader.Read())
        {
            yield return Parse(reader.RowNumber, reader.Current, index);
        }
    }

    private (long, ParsedLine?, ImportError?) Parse(long row, string[] cells, Dictionary<string, int> index)
    {
        string Cell(string column) => cells[index[column]].Trim();
        ImportError Error(string column, string reason) => new("", row, column, Cell(column), reason);

        var department = departments.FirstOrDefault(d =>
            string.Equals(d.Code, Cell("department"), StringComparison.OrdinalIgnoreCase)
            || string.Equals(d.Name, Cell("department"), StringComparison.OrdinalIgnoreCase)
        );
        if (department is null)
        {
            return (
                row,
                null,
                Error("department", $"not a department of the framework; known: {string.Join(", ", departments.Select(d => d.Code))}")
            );
        }

        var quarter = FinancialQuarter.Parse(Cell("quarter"));
        if (!quarter.Succeeded)
        {
            return (row, null, Error("quarter", quarter.Problem!.Message));
        }

        if (quarter.Value > currentQuarter)
        {
            return (row, null, Error("quarter", $"outside the framework: {quarter.Value} is after the current quarter, {currentQuarter}"));
        }

        if (!Enum.TryParse<FinancialLineGroup>(Cell("group"), ignoreCase: true, out var group) || !Enum.IsDefined(group))
        {
            return (row, null, Error("group", "expected Expenditure, Income or Recharges"));
        }

        if (Cell("line").Length == 0)
        {
            return (row, null, Error("line", "every line needs a name"));
        }

        var amounts = new decimal[3];
        string[] amountColumns = ["annual_budget", "budget_to_date", "expenditure_to_date"];
        for (var i = 0; i < 3; i++)
        {
            if (!TryParseThousands(Cell(amountColumns[i]), out amounts[i]))
            {
                return (row, null, Error(amountColumns[i], "not an amount in £'000 (e.g. 1,978 or -113)"));
            }
        }

        var line = new FinancialLine(group, Cell("line"), new FinancialFigures(amounts[0], amounts[1], amounts[2]));
        if (line.CheckSigns() is { } problem)
        {
            return (row, null, Error("annual_budget", problem.Message));
        }

        return (row, new ParsedLine(department, quarter.Value, line), null);
    }

    // Ledger extracts write negatives as -113 or (113).
    private static bool TryParseThousands(string text, out decimal value)
    {
        var negative = text.StartsWith('(') && text.EndsWith(')');
        var ok = decimal.TryParse(
            negative ? text[1..^1] : text,
            NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out value
        );
        value = negative ? -value : value;
        return ok;
    }
}
