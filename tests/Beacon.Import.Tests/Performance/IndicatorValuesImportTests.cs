using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain;
using Beacon.Domain.Performance;
using Beacon.Import.Performance;
using Beacon.Import.Pipeline;
using Beacon.Import.Tests.TestData;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Import.Tests.Performance;

public sealed class IndicatorValuesImportTests : IDisposable
{
    private const string Header = "indicator,quarter,value,numerator,denominator";

    private static readonly string[] GoodRows = ["CFS 01,2013-Q1,78.5,157,200", "CFS 01,2013-Q2,80,,", "LAS 02,2013-Q1,c,,"];

    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    private readonly DfeFiles _files = new();

    private static async Task<TestDatabase> DatabaseWithIndicatorsAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var area = new BusinessArea { Name = "Test area" };
        db.BusinessAreas.Add(area);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        foreach (var reference in new[] { "CFS 01", "LAS 02" })
        {
            db.Indicators.Add(
                new Indicator
                {
                    Reference = reference,
                    Title = reference,
                    BusinessAreaId = area.Id,
                    LeadOfficerInitials = "TC",
                    Unit = "Percentage",
                    Polarity = Polarity.HigherIsBetter,
                    Accumulation = Accumulation.Snapshot,
                }
            );
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return database;
    }

    private static async Task<ImportOutcome> ImportAsync(TestDatabase database, string path)
    {
        await using var db = database.NewContext();
        var format = await IndicatorValuesFormat.CreateAsync(db, Clock, TestContext.Current.CancellationToken);
        return await new ImportPipeline(new ImportOptions(), Clock).RunAsync(
            db,
            format,
            path,
            Path.GetFileName(path),
            "performance.officer",
            cancellationToken: TestContext.Current.CancellationToken
        );
    }

    [Theory]
    [BothDatabases]
    public async Task Values_are_imported_with_suppression_kept_and_a_reimport_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await DatabaseWithIndicatorsAsync(provider);
        var path = _files.Csv("values.csv", [Header, .. GoodRows]);

        var first = await ImportAsync(database, path);
        var again = await ImportAsync(database, path);

        Assert.True(first.Succeeded, string.Join("\n", first.Errors.Kept));
        Assert.Equal((3L, 0L, 0L, 3L), (first.Run!.Inserted, again.Run!.Inserted, again.Run.Updated, again.Run.Unchanged));
        await using var db = database.NewContext();
        var suppressed = await db.IndicatorValues.SingleAsync(v => v.Symbol != null, TestContext.Current.CancellationToken);
        Assert.Null(suppressed.Value);
        var withParts = await db.IndicatorValues.SingleAsync(v => v.Numerator != null, TestContext.Current.CancellationToken);
        Assert.Equal((78.5m, 157m, 200m), (withParts.Value, withParts.Numerator, withParts.Denominator));
    }

    [Theory]
    [InlineData("unknown indicator", "CFS 99,2013-Q1,50,,", "indicator", "CFS 99", "not an indicator of the framework")]
    [InlineData("period outside the framework", "CFS 01,2030-Q2,50,,", "quarter", "2030-Q2", "outside the framework")]
    [InlineData("text in a number column", "CFS 01,2013-Q3,fifty,,", "value", "fifty", "not a number or a DfE symbol")]
    [InlineData("text in the numerator", "CFS 01,2013-Q3,50,half,", "numerator", "half", "not a number")]
    [InlineData("a duplicate", "cfs 01,2013-Q1,50,,", "indicator", "CFS 01", "duplicate")]
    public async Task Bad_values_are_reported_and_nothing_is_written(string name, string badRow, string column, string value, string reason)
    {
        await using var database = await DatabaseWithIndicatorsAsync(DatabaseProvider.Sqlite);
        var before = await database.ContentChecksumAsync();

        var outcome = await ImportAsync(database, _files.Csv("bad.csv", [Header, .. GoodRows, badRow]));

        Assert.False(outcome.Succeeded, name);
        var error = Assert.Single(outcome.Errors.Kept);
        Assert.Equal((5L, column, value), (error.Row, error.Column, error.Value));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await database.ContentChecksumAsync());
    }

    public void Dispose() => _files.Dispose();
}
