using Beacon.Data;
using Beacon.Data.Finance;
using Beacon.Domain.Finance;
using Beacon.Import.Finance;
using Beacon.Import.Pipeline;
using Beacon.Import.Tests.TestData;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Import.Tests.Finance;

public sealed class FinanceLinesImportTests : IDisposable
{
    private const string Header = "department,quarter,group,line,annual_budget,budget_to_date,expenditure_to_date";

    private static readonly string[] GoodRows =
    [
        "CFS,2013-Q1,Expenditure,Employees,\"8,017\",\"1,978\",\"1,967\"",
        "CFS,2013-Q1,Expenditure,Out of Borough Placements,\"1,600\",424,494",
        "CFS,2013-Q1,Income,Fees & Charges,-113,-17,-18",
        "CFS,2013-Q1,Income,Transfer to/from Reserves,\"-1,726\",\"-1,160\",\"-1,160\"",
        "Learning & Achievement,2013-Q1,Recharges,Central Support Service Costs,666,166,166",
    ];

    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    private readonly DfeFiles _files = new();

    private static async Task<TestDatabase> DatabaseWithDepartmentsAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        db.Departments.AddRange(
            new Department { Code = "CFS", Name = "Children & Families" },
            new Department { Code = "LAS", Name = "Learning & Achievement" }
        );
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return database;
    }

    private static async Task<ImportOutcome> ImportAsync(TestDatabase database, string path)
    {
        await using var db = database.NewContext();
        var format = await FinanceLinesFormat.CreateAsync(db, Clock, TestContext.Current.CancellationToken);
        return await new ImportPipeline(new ImportOptions(), Clock).RunAsync(
            db,
            format,
            path,
            Path.GetFileName(path),
            "finance.officer",
            cancellationToken: TestContext.Current.CancellationToken
        );
    }

    [Theory]
    [BothDatabases]
    public async Task A_finance_line_changed_by_an_import_is_audited_with_its_import_run(DatabaseProvider provider)
    {
        await using var database = await DatabaseWithDepartmentsAsync(provider);
        await ImportAsync(database, _files.Csv("ledger.csv", [Header, .. GoodRows]));
        var changed = GoodRows.ToArray();
        changed[1] = "CFS,2013-Q1,Expenditure,Out of Borough Placements,999999,424,494";

        var second = await ImportAsync(database, _files.Csv("ledger-changed.csv", [Header, .. changed]));

        await using var db = database.NewContext();
        var entries = await db.AuditEntries.Where(e => e.EntityType == "FinanceLine").ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(6, entries.Count);
        var change = Assert.Single(entries, e => e.Action == "Changed");
        Assert.Contains("\"AnnualBudget\":1600", change.Before, StringComparison.Ordinal);
        Assert.Contains("\"AnnualBudget\":999999", change.After, StringComparison.Ordinal);
        Assert.Equal($"Imported (import run {second.Run!.Id})", change.Reason);
    }

    [Theory]
    [BothDatabases]
    public async Task Lines_are_imported_once_and_a_reimport_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await DatabaseWithDepartmentsAsync(provider);
        var path = _files.Csv("ledger.csv", [Header, .. GoodRows]);

        var first = await ImportAsync(database, path);
        var before = await database.ContentChecksumAsync("import_runs");
        var again = await ImportAsync(database, path);

        Assert.True(first.Succeeded, string.Join("\n", first.Errors.Kept));
        Assert.Equal((5L, 0L), (first.Run!.Inserted, first.Run.Updated));
        Assert.Equal((0L, 0L, 5L), (again.Run!.Inserted, again.Run.Updated, again.Run.Unchanged));
        Assert.Equal(before, await database.ContentChecksumAsync("import_runs"));
        await using var db = database.NewContext();
        var placements = await db.FinancialLines.SingleAsync(
            l => l.Name == "Out of Borough Placements",
            TestContext.Current.CancellationToken
        );
        Assert.Equal(
            (2013, 1, FinancialLineGroup.Expenditure, 1600m, 424m, 494m),
            (
                placements.Year,
                placements.Quarter,
                placements.LineGroup,
                placements.AnnualBudget,
                placements.BudgetToDate,
                placements.ExpenditureToDate
            )
        );
    }

    [Theory]
    [BothDatabases]
    public async Task A_corrected_line_is_updated(DatabaseProvider provider)
    {
        await using var database = await DatabaseWithDepartmentsAsync(provider);
        await ImportAsync(database, _files.Csv("ledger.csv", [Header, .. GoodRows]));
        var corrected = GoodRows.ToArray();
        corrected[1] = "CFS,2013-Q1,Expenditure,Out of Borough Placements,\"1,600\",424,(500)";

        var outcome = await ImportAsync(database, _files.Csv("ledger-corrected.csv", [Header, .. corrected]));

        Assert.Equal((0L, 1L, 4L), (outcome.Run!.Inserted, outcome.Run.Updated, outcome.Run.Unchanged));
    }

    [Theory]
    [InlineData("unknown department", "SOC,2013-Q1,Expenditure,Employees,10,2,2", "department", "SOC", "not a department of the framework")]
    [InlineData("period outside the framework", "CFS,2031-Q1,Expenditure,Employees,10,2,2", "quarter", "2031-Q1", "outside the framework")]
    [InlineData("not a quarter", "CFS,Q1 2013,Expenditure,Employees,10,2,2", "quarter", "Q1 2013", "not a financial quarter")]
    [InlineData("text in a number column", "CFS,2013-Q1,Expenditure,Employees,ten,2,2", "annual_budget", "ten", "not an amount")]
    [InlineData(
        "a negative budget where not allowed",
        "CFS,2013-Q1,Expenditure,Employees,-10,2,2",
        "annual_budget",
        "-10",
        "a negative budget is not allowed"
    )]
    [InlineData(
        "an unknown group",
        "CFS,2013-Q1,Capital,Employees,10,2,2",
        "group",
        "Capital",
        "expected Expenditure, Income or Recharges"
    )]
    [InlineData("a duplicate line", "CFS,2013-Q1,Expenditure,employees,10,2,2", "line", "employees", "duplicate")]
    public async Task Bad_lines_are_reported_and_nothing_is_written(string name, string badRow, string column, string value, string reason)
    {
        await using var database = await DatabaseWithDepartmentsAsync(DatabaseProvider.Sqlite);
        await ImportAsync(database, _files.Csv("existing.csv", [Header, .. GoodRows]));
        var before = await database.ContentChecksumAsync();

        var outcome = await ImportAsync(database, _files.Csv("bad.csv", [Header, .. GoodRows, badRow]));

        Assert.False(outcome.Succeeded, name);
        var error = Assert.Single(outcome.Errors.Kept);
        Assert.Equal((7L, column, value), (error.Row, error.Column, error.Value));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await database.ContentChecksumAsync());
    }

    [Fact]
    public async Task A_file_without_the_finance_columns_is_refused_at_its_header()
    {
        await using var database = await DatabaseWithDepartmentsAsync(DatabaseProvider.Sqlite);

        var outcome = await ImportAsync(database, _files.Csv("wrong.csv", "department,quarter,line,budget", "CFS,2013-Q1,Employees,10"));

        Assert.Equal((1L, "group"), (outcome.Errors.Kept[0].Row, outcome.Errors.Kept[0].Column));
    }

    public void Dispose() => _files.Dispose();
}
