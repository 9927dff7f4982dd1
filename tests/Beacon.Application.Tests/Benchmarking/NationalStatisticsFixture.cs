using Beacon.Data;
using Beacon.Import.Pipeline;
using Beacon.Testing;

namespace Beacon.Application.Tests.Benchmarking;

/// <summary>Every file in ../shared/data/dfe-children-social-care loaded through its reader, then loaded again, once per engine.</summary>
public sealed class NationalStatisticsFixture : IAsyncDisposable
{
    private readonly PerEngine<NationalStatistics> _loaded = new(LoadAsync);

    /// <summary>The DfE files' folder; skips the test when ../shared/data is not there.</summary>
    public static string Folder => SharedData.Require("dfe-children-social-care");

    /// <summary>The engine's database with every file loaded twice; skips the test when the files are not there.</summary>
    public Task<NationalStatistics> OnAsync(DatabaseProvider provider)
    {
        _ = Folder;
        return _loaded.OnAsync(provider);
    }

    private static async Task<NationalStatistics> LoadAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var plan = FolderImport.Plan(Folder);
        var first = new List<ImportOutcome>();
        foreach (var (path, format) in plan)
        {
            first.Add(await TestImports.RunAsync(database, format, path));
        }

        var loads = new List<(string, ImportOutcome, ImportOutcome)>();
        for (var i = 0; i < plan.Count; i++)
        {
            loads.Add((Path.GetFileName(plan[i].Path), first[i], await TestImports.RunAsync(database, plan[i].Format, plan[i].Path)));
        }

        return new NationalStatistics(database, loads);
    }

    public ValueTask DisposeAsync() => _loaded.DisposeAsync();
}

/// <summary>A database with the national statistics loaded, and how each file's two loads went.</summary>
public sealed record NationalStatistics(TestDatabase Database, IReadOnlyList<(string File, ImportOutcome First, ImportOutcome Again)> Loads)
    : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
