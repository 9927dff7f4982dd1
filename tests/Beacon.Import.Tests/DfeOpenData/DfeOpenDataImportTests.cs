using Beacon.Data;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Geography;
using Beacon.Import.Pipeline;
using Beacon.Import.Tests.TestData;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Tests.DfeOpenData;

public sealed class DfeOpenDataImportTests : IDisposable
{
    private readonly DfeFiles _files = new();

    private static async Task<ImportOutcome> ImportAsync(
        TestDatabase database,
        string path,
        long maxFileBytes = 10_000_000,
        string dataset = "cla"
    )
    {
        await using var db = database.NewContext();
        var pipeline = new ImportPipeline(new ImportOptions { MaxFileBytes = maxFileBytes }, TimeProvider.System);
        return await pipeline.RunAsync(
            db,
            new DfeOpenDataFormat(dataset, LocalAuthorityRegister.Shipped),
            path,
            Path.GetFileName(path),
            "tester",
            cancellationToken: TestContext.Current.CancellationToken
        );
    }

    [Theory]
    [BothDatabases]
    public async Task A_good_file_is_imported_with_suppressed_values_kept_as_symbols(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var outcome = await ImportAsync(database, _files.GoodCsv());

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors.Kept));
        Assert.Equal((4L, 8L, 0L, 0L), (outcome.Run!.RowsRead, outcome.Run.Inserted, outcome.Run.Updated, outcome.Run.Unchanged));
        await using var db = database.NewContext();
        var hartlepoolRate = await db.Statistics.SingleAsync(
            s => s.GeographyCode == "E06000001" && s.Measure == "rate_per_10000",
            TestContext.Current.CancellationToken
        );
        Assert.Equal(("c", (decimal?)null), (hartlepoolRate.Symbol, hartlepoolRate.Value));
        var middlesbrough = await db
            .Statistics.Where(s => s.GeographyCode == "E06000002")
            .OrderBy(s => s.Measure)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal((1050m, (string?)null), (middlesbrough[0].Value, middlesbrough[0].Symbol));
        Assert.Equal(("low", (decimal?)null), (middlesbrough[1].Symbol, middlesbrough[1].Value));
        var england = await db.Statistics.SingleAsync(
            s => s.GeographicLevel == "National" && s.Measure == "children_count",
            TestContext.Current.CancellationToken
        );
        Assert.Equal(
            ("E92000001", "population_type=Children looked after on 31 March each year", 81770m),
            (england.GeographyCode, england.Filters, england.Value)
        );
        var run = await db.ImportRuns.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("tester", "cla.csv", 64), (run.ImportedBy, run.SourceName, run.Sha256.Length));
    }

    [Theory]
    [BothDatabases]
    public async Task Importing_the_same_file_again_changes_no_figure(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var path = _files.GoodCsv();
        await ImportAsync(database, path);
        var before = await StatisticsChecksumAsync(database);

        var again = await ImportAsync(database, path);

        Assert.Equal((0L, 0L, 8L), (again.Run!.Inserted, again.Run.Updated, again.Run.Unchanged));
        Assert.Equal(before, await StatisticsChecksumAsync(database));
        Assert.Equal(2, await database.CountAsync("import_runs"));
    }

    [Theory]
    [BothDatabases]
    public async Task A_corrected_figure_is_updated_and_the_rest_left_alone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, _files.GoodCsv());

        var corrected = await ImportAsync(
            database,
            _files.GoodCsv("cla-revised.csv", (2, DfeFiles.GoodRows[2].Replace(",320,c", ",325,c", StringComparison.Ordinal)))
        );

        Assert.Equal((0L, 1L, 7L), (corrected.Run!.Inserted, corrected.Run.Updated, corrected.Run.Unchanged));
        await using var db = database.NewContext();
        var count = await db.Statistics.SingleAsync(
            s => s.GeographyCode == "E06000001" && s.Measure == "children_count",
            TestContext.Current.CancellationToken
        );
        Assert.Equal(325m, count.Value);
        Assert.Equal(8, await database.CountAsync("statistics"));
    }

    [Theory]
    [BothDatabases]
    public async Task An_XLSX_file_imports_like_its_CSV(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var outcome = await ImportAsync(database, _files.Xlsx("cla.xlsx", [DfeFiles.Header, .. DfeFiles.GoodRows]));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors.Kept));
        Assert.Equal(8L, outcome.Run!.Inserted);
    }

    [Fact]
    public async Task An_authority_given_only_by_its_old_number_is_filed_under_its_current_code()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var outcome = await ImportAsync(
            database,
            _files.GoodCsv("old-code.csv", (2, DfeFiles.GoodRows[2].Replace("E06000001", "", StringComparison.Ordinal)))
        );

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors.Kept));
        await using var db = database.NewContext();
        Assert.Equal(2, await db.Statistics.CountAsync(s => s.GeographyCode == "E06000001", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Errors_past_the_first_thousand_are_counted_not_listed()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var rows = Enumerable.Range(0, 1500).Select(i => $"2025,Reporting year,National,E92000001,England,,,,,,group {i},bad,1");

        var outcome = await ImportAsync(database, _files.Csv("many-errors.csv", [DfeFiles.Header, DfeFiles.GoodRows[0], .. rows]));

        Assert.Equal(1500, outcome.Errors.Total);
        Assert.Equal(ImportErrors.Limit, outcome.Errors.Kept.Count);
        Assert.Equal(1500, outcome.Errors.RejectedRows);
    }

    [Theory]
    [BothDatabases]
    public async Task Every_bad_input_is_reported_precisely_and_leaves_the_database_unchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, _files.GoodCsv("existing.csv"));
        foreach (var bad in BadInputCase.All)
        {
            var before = await database.ContentChecksumAsync();
            var limit = bad.Name == "file over the size limit" ? BadInputCase.SmallLimit : 10_000_000;

            var outcome = await ImportAsync(database, bad.Write(_files), limit);

            Assert.False(outcome.Succeeded, bad.Name);
            var first = outcome.Errors.Kept[0];
            Assert.Equal((bad.Name, bad.Row, bad.Column, bad.Value), (bad.Name, first.Row, first.Column, first.Value));
            Assert.True(first.Reason.Contains(bad.Reason, StringComparison.Ordinal), $"{bad.Name}: {first}");
            Assert.Equal(before, await database.ContentChecksumAsync());
        }
    }

    private static async Task<string> StatisticsChecksumAsync(TestDatabase database) =>
        (await database.ContentChecksumAsync()).Split('\n').Single(line => line.StartsWith("statistics:", StringComparison.Ordinal));

    public void Dispose() => _files.Dispose();
}
