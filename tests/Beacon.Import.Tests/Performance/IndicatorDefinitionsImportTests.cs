using Beacon.Data;
using Beacon.Domain;
using Beacon.Domain.Performance;
using Beacon.Import.Performance;
using Beacon.Import.Pipeline;
using Beacon.Import.Tests.TestData;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Import.Tests.Performance;

public sealed class IndicatorDefinitionsImportTests : IDisposable
{
    private const string Header =
        "reference,title,business_area,objective,lead,lead_name,lead_title,unit,polarity,accumulation,data_source,statutory,same_within";

    private static readonly string[] GoodRows =
    [
        "CFS 01,Single assessments within 45 working days,Child's Journey,CFS3,TC,Tracey Coffey,Operational Director,Percentage,HigherIsBetter,,Carefirst,yes,0.5",
        "CFS 02,Second or subsequent child protection plans,Child's Journey,CFS3,TC,,,percentage,lower is better,Snapshot,,no,",
        "COPS 01,Two-year-olds in funded early education,Integrated Commissioning,COPS1,AMc,Ann McNamara,Operational Director,Number,HigherIsBetter,Cumulative,,,",
    ];

    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    private readonly DfeFiles _files = new();

    private static Task<ImportOutcome> ImportAsync(TestDatabase database, string path) =>
        ImportAsync(database, path, async db => await IndicatorDefinitionsFormat.CreateAsync(db, TestContext.Current.CancellationToken));

    private static async Task<ImportOutcome> ImportAsync(
        TestDatabase database,
        string path,
        Func<BeaconDbContext, Task<IImportFormat>> format
    )
    {
        await using var db = database.NewContext();
        return await new ImportPipeline(new ImportOptions(), Clock).RunAsync(
            db,
            await format(db),
            path,
            Path.GetFileName(path),
            "performance.officer",
            cancellationToken: TestContext.Current.CancellationToken
        );
    }

    [Theory]
    [BothDatabases]
    public async Task The_framework_is_defined_from_a_file_with_its_areas_and_lead_officers_and_a_reimport_changes_nothing(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var path = _files.Csv("indicators.csv", [Header, .. GoodRows]);

        var first = await ImportAsync(database, path);
        var checksum = await database.ContentChecksumAsync("import_runs");
        var again = await ImportAsync(database, path);
        var checksumAgain = await database.ContentChecksumAsync("import_runs");
        var changed = await ImportAsync(
            database,
            _files.Csv("changed.csv", [Header, GoodRows[0].Replace(",0.5", ",1", StringComparison.Ordinal)])
        );

        Assert.True(first.Succeeded, string.Join("\n", first.Errors.Kept));
        Assert.Equal((3L, 0L, 3L), (first.Run!.Inserted, again.Run!.Inserted, again.Run.Unchanged));
        Assert.Equal(checksum, checksumAgain);
        Assert.Equal((0L, 1L), (changed.Run!.Inserted, changed.Run.Updated));
        await using var db = database.NewContext();
        var cfs01 = await db.Indicators.SingleAsync(i => i.Reference == "CFS 01", TestContext.Current.CancellationToken);
        var cfs02 = await db.Indicators.SingleAsync(i => i.Reference == "CFS 02", TestContext.Current.CancellationToken);
        Assert.Equal(
            ("Percentage", Polarity.HigherIsBetter, Accumulation.Snapshot, true, 1m),
            (cfs01.Unit, cfs01.Polarity, cfs01.Accumulation, cfs01.IsStatutory, cfs01.SameWithin)
        );
        Assert.Equal((Polarity.LowerIsBetter, false, cfs01.BusinessAreaId), (cfs02.Polarity, cfs02.IsStatutory, cfs02.BusinessAreaId));
        Assert.Equal(
            ["Child's Journey", "Integrated Commissioning"],
            await db.BusinessAreas.OrderBy(a => a.SortOrder).Select(a => a.Name).ToListAsync(TestContext.Current.CancellationToken)
        );
        Assert.Equal(
            ["AMc", "TC"],
            await db.LeadOfficers.OrderBy(o => o.Initials).Select(o => o.Initials).ToListAsync(TestContext.Current.CancellationToken)
        );
        Assert.Equal(
            1,
            await db.AuditEntries.CountAsync(
                a => a.EntityType == "Indicator" && a.Action == "Changed",
                TestContext.Current.CancellationToken
            )
        );
    }

    [Theory]
    [InlineData(
        "an unknown lead without a name",
        "LAS 01,Attendance,Learning,LAS3,SN,,,Percentage,HigherIsBetter,,,,",
        "lead",
        "SN",
        "not a lead officer"
    )]
    [InlineData("an unknown unit", "LAS 01,Attendance,Learning,LAS3,TC,,,Percent,HigherIsBetter,,,,", "unit", "Percent", "not one of")]
    [InlineData("an unknown polarity", "LAS 01,Attendance,Learning,LAS3,TC,,,Percentage,Up,,,,", "polarity", "Up", "not HigherIsBetter")]
    [InlineData(
        "text in a number column",
        "LAS 01,Attendance,Learning,LAS3,TC,,,Percentage,HigherIsBetter,,,,half",
        "same_within",
        "half",
        "not a number"
    )]
    [InlineData("a duplicate", "cfs 01,Again,Learning,LAS3,TC,,,Percentage,HigherIsBetter,,,,", "reference", "cfs 01", "duplicate")]
    public async Task Bad_definitions_are_reported_and_nothing_is_written(
        string name,
        string badRow,
        string column,
        string value,
        string reason
    )
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var before = await database.ContentChecksumAsync();

        var outcome = await ImportAsync(database, _files.Csv("bad.csv", [Header, .. GoodRows, badRow]));

        Assert.False(outcome.Succeeded, name);
        var error = Assert.Single(outcome.Errors.Kept);
        Assert.Equal((5L, column, value), (error.Row, error.Column, error.Value));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await database.ContentChecksumAsync());
    }

    [Theory]
    [BothDatabases]
    public async Task Milestones_join_the_framework_and_bad_ones_are_refused_whole(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.True((await ImportAsync(database, _files.Csv("indicators.csv", [Header, .. GoodRows]))).Succeeded);
        const string milestoneHeader = "objective,milestone,business_area,lead,due_date,completed_on";
        string[] good =
        [
            "CFS3,Implement the new social work assessment model,Child's Journey,TC,2014-03-31,",
            "COPS1,Complete the Childcare Sufficiency Assessment,integrated commissioning,AMc,31/03/2014,28/06/2013",
        ];
        var before = await database.ContentChecksumAsync();

        var bad = await ImportMilestonesAsync(
            database,
            _files.Csv("bad.csv", [milestoneHeader, .. good, "CFS3,Undated,Child's Journey,TC,next spring,"])
        );
        var unchanged = await database.ContentChecksumAsync();
        var first = await ImportMilestonesAsync(database, _files.Csv("milestones.csv", [milestoneHeader, .. good]));
        var again = await ImportMilestonesAsync(database, _files.Csv("milestones.csv", [milestoneHeader, .. good]));

        var error = Assert.Single(bad.Errors.Kept);
        Assert.Equal((4L, "due_date", "next spring"), (error.Row, error.Column, error.Value));
        Assert.Equal(before, unchanged);
        Assert.Equal((2L, 0L, 2L), (first.Run!.Inserted, again.Run!.Inserted, again.Run.Unchanged));
        await using var db = database.NewContext();
        var csa = await db.Milestones.SingleAsync(m => m.ObjectiveReference == "COPS1", TestContext.Current.CancellationToken);
        Assert.Equal((new DateOnly(2014, 3, 31), new DateOnly(2013, 6, 28)), (csa.DueDate, csa.CompletedOn));
    }

    private static Task<ImportOutcome> ImportMilestonesAsync(TestDatabase database, string path) =>
        ImportAsync(database, path, async db => await MilestoneDefinitionsFormat.CreateAsync(db, TestContext.Current.CancellationToken));

    public void Dispose() => _files.Dispose();
}
