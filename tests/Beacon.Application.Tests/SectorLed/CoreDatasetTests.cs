using Beacon.Application.Imports;
using Beacon.Application.SectorLed;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.SectorLed;
using Beacon.Import.Pipeline;
using Beacon.Import.SectorLed;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.SectorLed;

/// <summary>
/// The region's quarterly core dataset (issue 19): the region calls for a quarter by a deadline, each authority
/// returns it as a file, a bad file is refused whole, and a late return is marked late.
/// </summary>
public sealed class CoreDatasetTests
{
    private static readonly DateOnly Deadline = new(2026, 10, 31);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static CoreDataset Dataset => CoreDatasets.All[0];

    [Theory]
    [BothDatabases]
    public async Task A_return_with_bad_input_is_refused_naming_file_row_column_and_value_and_the_database_is_unchanged(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var region = await TestRegion.CreateAsync(database);
        await CallAsync(database, region, new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero)));
        var lines = Lines();
        lines[1] = "rereferral_pct,140,";
        lines[5] = "cpp_ratio,40,";
        var before = await database.ContentChecksumAsync();

        var outcome = await ReturnAsync(database, region.Authority, lines, new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero));

        Assert.False(outcome.Succeeded);
        Assert.Equal(2, outcome.Errors.Total);
        var errors = outcome.Errors.Kept.Select(e => $"{e.File} row {e.Row} {e.Column} '{e.Value}': {e.Reason}").ToList();
        Assert.Contains("return.csv row 3 value '140': outside 0 to 100, the range of a percentage", errors);
        Assert.Contains("return.csv row 7 indicator 'cpp_ratio': not an indicator of the North East quarterly core dataset", errors);
        Assert.Equal(before, await database.ContentChecksumAsync());
    }

    [Theory]
    [BothDatabases]
    public async Task A_return_without_every_indicator_names_the_ones_missing_and_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var region = await TestRegion.CreateAsync(database);
        await CallAsync(database, region, new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero)));
        var before = await database.ContentChecksumAsync();

        var outcome = await ReturnAsync(
            database,
            region.Authority,
            Lines()[..^2],
            new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero)
        );

        Assert.Equal(["sw_agency_pct", "sw_caseload"], outcome.Errors.Kept.Select(e => e.Value));
        Assert.Equal(before, await database.ContentChecksumAsync());
    }

    [Theory]
    [BothDatabases]
    public async Task A_return_after_the_deadline_is_marked_late_and_one_made_on_the_day_is_not(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var region = await TestRegion.CreateAsync(database);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));
        await CallAsync(database, region, clock);

        // 31 October 2026 is after the clocks go back: UK time is UTC.
        Assert.True(
            (await ReturnAsync(database, region.Authority, Lines(), new DateTimeOffset(2026, 10, 31, 23, 30, 0, TimeSpan.Zero))).Succeeded
        );
        Assert.True(
            (
                await ReturnAsync(database, region.OtherAuthority, Lines(), new DateTimeOffset(2026, 11, 1, 0, 30, 0, TimeSpan.Zero))
            ).Succeeded
        );

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        await using var panel = database.NewContext(TestRegion.Acting(region.Panel));
        var call = Assert.Single(
            await new CoreDatasetRegion(panel, clock).CallsAsync(TestRegion.Person(BeaconRole.RegionalModerator, region.Panel), Token)
        );
        Assert.Equal(
            ["Hartlepool on time", "Middlesbrough late"],
            call.Returns.Select(r => $"{r.Authority.Name} {(r.Late ? "late" : "on time")}")
        );
        await using var db = database.NewContext(TestRegion.Acting(region.OtherAuthority));
        Assert.Contains(
            "after the deadline",
            await db.AuditEntries.Where(a => a.EntityType == "CoreDatasetSubmission").Select(a => a.Reason).SingleAsync(Token)
        );
    }

    [Theory]
    [BothDatabases]
    public async Task Returning_the_same_file_again_changes_nothing_but_the_import_history(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var region = await TestRegion.CreateAsync(database);
        await CallAsync(database, region, new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero)));
        Assert.True(
            (await ReturnAsync(database, region.Authority, Lines(), new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero))).Succeeded
        );
        var before = await database.ContentChecksumAsync("import_runs");

        var again = await ReturnAsync(database, region.Authority, Lines(), new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal((0, 0, Dataset.Indicators.Count), (again.Run!.Inserted, again.Run.Updated, again.Run.Unchanged));
        Assert.Equal(before, await database.ContentChecksumAsync("import_runs"));
    }

    [Theory]
    [BothDatabases]
    public async Task Only_the_regional_body_the_return_was_made_to_reads_it_with_the_narratives_of_the_figures_at_either_end(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var region = await TestRegion.CreateAsync(database);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));
        await CallAsync(database, region, clock);
        var best = Lines();
        best[1] = "rereferral_pct,10,Our front door's new triage";
        var made = await ReturnAsync(database, region.Authority, best, clock.GetUtcNow());
        Assert.True(made.Succeeded, string.Join("; ", made.Errors.Kept.Select(e => e.Reason)));
        Assert.True((await ReturnAsync(database, region.OtherAuthority, Lines(), clock.GetUtcNow())).Succeeded);

        await using (var panel = database.NewContext(TestRegion.Acting(region.Panel)))
        {
            var call = Assert.Single(
                await new CoreDatasetRegion(panel, clock).CallsAsync(TestRegion.Person(BeaconRole.RegionalModerator, region.Panel), Token)
            );
            var extreme = call.Extremes.Single(e => e.Indicator.Code == "rereferral_pct" && e.End == Domain.Benchmarking.TartanEnd.Top);
            Assert.Equal("Hartlepool", extreme.Authority.Authority.Name);
            Assert.Equal(
                "Our front door's new triage",
                extreme.Authority.Submission!.Figures.Single(f => f.IndicatorCode == "rereferral_pct").Narrative
            );
        }

        await using (var otherPanel = database.NewContext(TestRegion.Acting(region.OtherPanel)))
        {
            Assert.Empty(
                await new CoreDatasetRegion(otherPanel, clock).CallsAsync(
                    TestRegion.Person(BeaconRole.RegionalModerator, region.OtherPanel),
                    Token
                )
            );
        }

        await using var neighbour = database.NewContext(TestRegion.Acting(region.OtherAuthority));
        var (_, returns) = await new CoreDatasetReturns(neighbour).ForAuthorityAsync(
            TestRegion.Person(BeaconRole.PerformanceOfficer, region.OtherAuthority),
            Token
        );
        Assert.DoesNotContain(Assert.Single(returns).Submission!.Figures, f => f.Narrative.Length > 0);
    }

    private static async Task CallAsync(TestDatabase database, TestRegion region, TimeProvider clock)
    {
        await using var panel = database.NewContext(TestRegion.Acting(region.Panel));
        var opened = await new CoreDatasetRegion(panel, clock).OpenAsync(
            TestRegion.Person(BeaconRole.RegionalModerator, region.Panel),
            Dataset.Code,
            "2026-Q2",
            Deadline,
            Token
        );
        Assert.True(opened.Succeeded, opened.Problem?.Message);
    }

    private static async Task<ImportOutcome> ReturnAsync(TestDatabase database, int authority, string[] lines, DateTimeOffset at)
    {
        var clock = new FakeTimeProvider(at);
        var path = Path.Combine(Path.GetTempPath(), $"return-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(path, ["indicator,value,narrative", .. lines], Token);
        try
        {
            await using var db = database.NewContext(TestRegion.Acting(authority));
            var imported = await new FileImporter(db, new ImportPipeline(new ImportOptions(), clock), clock).RunAsync(
                TestRegion.Person(BeaconRole.PerformanceOfficer, authority),
                new FileToImport(CoreDatasetFormat.FormatName, path, "return.csv", "2026-Q2"),
                null,
                Token
            );
            Assert.True(imported.Succeeded, imported.Problem?.Message);
            return imported.Value;
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Every indicator of the dataset once, mid-range, no narrative; the header is row 1 of the file, so row n is line n - 2 here.
    private static string[] Lines() => Dataset.Indicators.Select(i => $"{i.Code},{(i.Minimum + i.Maximum) / 4},").ToArray();
}
