using Beacon.Data;
using Beacon.Import.Pipeline;
using Beacon.Testing;
using Beacon.Web.Tests.Schools;

namespace Beacon.Web.Tests.Benchmarking;

/// <summary>Every file in ../shared/data/dfe-children-social-care loaded into SQLite through its reader, then loaded again.</summary>
public sealed class NationalStatisticsFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("not loaded");

    public static string Folder => Path.Combine(SharedData.Folder!, "dfe-children-social-care");

    /// <summary>Why the real files could not be used, or null when they were loaded.</summary>
    public string? Skipped { get; private set; }

    public IReadOnlyList<(string File, ImportOutcome First, ImportOutcome Again)> Loads { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        if (SharedData.Folder is null)
        {
            Skipped = "../shared/data is not beside this repository; these tests use the DfE files kept there.";
            return;
        }

        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var plan = FolderImport.Plan(Folder);
        var first = new List<ImportOutcome>();
        foreach (var (path, format) in plan)
        {
            first.Add(await TestImports.RunAsync(Database, format, path));
        }

        var loads = new List<(string, ImportOutcome, ImportOutcome)>();
        for (var i = 0; i < plan.Count; i++)
        {
            loads.Add((Path.GetFileName(plan[i].Path), first[i], await TestImports.RunAsync(Database, plan[i].Format, plan[i].Path)));
        }

        Loads = loads;
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
