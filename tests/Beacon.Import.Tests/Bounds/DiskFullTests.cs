using Beacon.Data;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Geography;
using Beacon.Import.Pipeline;
using Beacon.Import.Tests.TestData;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Tests.Bounds;

/// <summary>A database that runs out of room mid-import says so plainly and keeps nothing of the file.</summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly DfeFiles _files = new();

    [Fact]
    public async Task A_full_sqlite_database_is_reported_plainly_and_the_import_leaves_it_as_it_was()
    {
        // PostgreSQL's disk cannot be filled from a test; SQLite's page limit makes its file full in the same way.
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var before = await database.ContentChecksumAsync();
        var rows = Enumerable.Range(0, 20_000).Select(i => $"2025,Reporting year,National,E92000001,England,,,,,,Group {i},{i},1");
        var file = _files.Csv("big.csv", [DfeFiles.Header, .. rows]);
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var pages = await db
            .Database.SqlQueryRaw<long>("SELECT page_count AS \"Value\" FROM pragma_page_count()")
            .SingleAsync(TestContext.Current.CancellationToken);
#pragma warning disable EF1002 // a number the test read, not input
        await db.Database.ExecuteSqlRawAsync($"PRAGMA max_page_count = {pages + 20}", TestContext.Current.CancellationToken);
#pragma warning restore EF1002

        var outcome = await new ImportPipeline(new ImportOptions(), TimeProvider.System).RunAsync(
            db,
            new DfeOpenDataFormat("full", LocalAuthorityRegister.Shipped),
            file,
            "big.csv",
            "adviser",
            cancellationToken: TestContext.Current.CancellationToken
        );

        Assert.False(outcome.Succeeded);
        Assert.Contains(
            "the disk holding the database is full: nothing was imported",
            Assert.Single(outcome.Errors.Kept).Reason,
            StringComparison.Ordinal
        );
        Assert.Equal(before, await database.ContentChecksumAsync());
    }

    public void Dispose() => _files.Dispose();
}
