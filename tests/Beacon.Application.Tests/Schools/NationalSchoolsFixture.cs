using Beacon.Data;
using Beacon.Import.Pipeline;
using Beacon.Import.Schools;
using Beacon.Testing;

namespace Beacon.Application.Tests.Schools;

/// <summary>Both national performance-tables files (../shared/data/schools-england) loaded once per engine.</summary>
public sealed class NationalSchoolsFixture : IAsyncDisposable
{
    public static readonly string[] Files = ["england_ks2final.csv", "england_ks4final.csv"];

    private readonly PerEngine<TestDatabase> _databases = new(LoadAsync);

    /// <summary>Why the real files cannot be used, or null when they are there.</summary>
    public static string? Skipped =>
        SharedData.Folder is null
            ? "../shared/data is not beside this repository; these tests use the national school files kept there."
            : null;

    /// <summary>The engine's database with both files loaded; skips the test when the files are not there.</summary>
    public Task<TestDatabase> DatabaseAsync(DatabaseProvider provider)
    {
        Assert.SkipWhen(Skipped is not null, Skipped ?? "");
        return _databases.OnAsync(provider);
    }

    public static Task<ImportOutcome> ImportAsync(TestDatabase database, string path) =>
        TestImports.RunAsync(database, new PerformanceTablesSchoolsFormat("201819"), path);

    private static async Task<TestDatabase> LoadAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        foreach (var file in Files)
        {
            var outcome = await ImportAsync(database, Path.Combine(SharedData.Folder!, "schools-england", file));
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"{file}: {string.Join("; ", outcome.Errors.Kept)}");
            }
        }

        return database;
    }

    public ValueTask DisposeAsync() => _databases.DisposeAsync();
}
