using Beacon.Data;
using Beacon.Import.Benchmarking;
using Beacon.Import.Geography;
using Beacon.Import.Pipeline;
using Beacon.Import.Tests.TestData;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Tests.Benchmarking;

public sealed class StatisticalNeighboursImportTests : IDisposable
{
    private const string Header2025 = "old_la_code,la_name,region_ind,region_name,SN_1,SN_1P,SN_2,SN_2P,SN_3,SN_3P";

    private readonly DfeFiles _files = new();

    private static Task<ImportOutcome> ImportAsync(TestDatabase database, IImportFormat format, string path) =>
        TestImports.RunAsync(database, format, path);

    [Theory]
    [BothDatabases]
    public async Task Neighbours_load_from_the_2025_layout_a_reload_changes_nothing_and_a_bad_code_changes_nothing(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var good = _files.Csv(
            "sn.csv",
            [
                Header2025,
                "805,Hartlepool,4,North East,807,Very close ,394,Very close,393,Close",
                "876,Halton,2,North West,873,Close,806,Close,,",
            ]
        );
        var bad = _files.Csv("sn-bad.csv", [Header2025, "805,Hartlepool,4,North East,807,Very close,999,Close,393,Close"]);

        var first = await ImportAsync(database, new StatisticalNeighboursFormat(2025), good);
        var checksum = await database.ContentChecksumAsync("import_runs");
        var again = await ImportAsync(database, new StatisticalNeighboursFormat(2025), good);
        var refused = await ImportAsync(database, new StatisticalNeighboursFormat(2025), bad);

        Assert.Equal((5L, 0L, 0L), (first.Run!.Inserted, again.Run!.Inserted, again.Run.Updated));
        Assert.Equal(5L, again.Run.Unchanged);
        Assert.Null(refused.Run);
        var error = Assert.Single(refused.Errors.Kept);
        Assert.Equal((2L, "SN_2", "999"), (error.Row, error.Column, error.Value));
        Assert.Equal(checksum, await database.ContentChecksumAsync("import_runs"));
        await using var db = database.NewContext();
        var hartlepool = await db
            .StatisticalNeighbours.Where(n => n.Authority == "805")
            .OrderBy(n => n.Rank)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([("807", "Very close"), ("394", "Very close"), ("393", "Close")], hartlepool.Select(n => (n.Neighbour, n.Closeness)));
        Assert.All(hartlepool, n => Assert.Equal((2025, "2025"), (n.FromYear, n.Model)));
    }

    [Fact]
    public async Task The_April_2021_grouping_tells_its_closeness_columns_apart_and_skips_its_note_rows()
    {
        var path = SharedData.Require("dfe-children-social-care", "New_Statistical_Neighbour_Groupings_April_2021.csv");
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var outcome = await ImportAsync(database, new StatisticalNeighboursFormat(2021), path);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Kept));
        await using var db = database.NewContext();
        var hartlepool = await db
            .StatisticalNeighbours.Where(n => n.Authority == "805")
            .OrderBy(n => n.Rank)
            .ToListAsync(TestContext.Current.CancellationToken);
        // 805,Hartlepool,805,4,North East,876,Very Close,890,Very Close,806,...
        Assert.Equal(10, hartlepool.Count);
        Assert.Equal(
            [("876", "Very Close"), ("890", "Very Close"), ("806", "Very Close")],
            hartlepool.Take(3).Select(n => (n.Neighbour, n.Closeness))
        );
        // The pre-reorganisation authorities listed under "Old SNs:" are kept for the years they existed.
        Assert.Equal(10, await db.StatisticalNeighbours.CountAsync(n => n.Authority == "928", TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Every_reorganisation_names_authorities_the_register_knows()
    {
        Assert.All(AuthorityChanges.Shipped, c => Assert.NotNull(LocalAuthorityRegister.Shipped.FindByOldCode(c.From)));
        Assert.All(AuthorityChanges.Shipped, c => Assert.NotNull(LocalAuthorityRegister.Shipped.FindByOldCode(c.To)));
        Assert.Equal(["940", "941"], AuthorityChanges.Of("928").Select(c => c.To));
    }

    public void Dispose() => _files.Dispose();
}
