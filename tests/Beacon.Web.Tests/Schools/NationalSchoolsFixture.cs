using Beacon.Data;
using Beacon.Import.Pipeline;
using Beacon.Import.Schools;
using Beacon.Testing;

namespace Beacon.Web.Tests.Schools;

/// <summary>Both national performance-tables files (../shared/data/schools-england) loaded once into SQLite.</summary>
public sealed class NationalSchoolsFixture : IAsyncLifetime
{
    public static readonly string[] Files = ["england_ks2final.csv", "england_ks4final.csv"];

    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("not loaded");

    /// <summary>Why the real files could not be used, or null when they were loaded.</summary>
    public string? Skipped { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (SharedData.Folder is null)
        {
            Skipped = "../shared/data is not beside this repository; these tests use the national school files kept there.";
            return;
        }

        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        foreach (var file in Files)
        {
            var outcome = await ImportAsync(Path.Combine(SharedData.Folder, "schools-england", file));
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"{file}: {string.Join("; ", outcome.Errors.Kept)}");
            }
        }
    }

    public Task<ImportOutcome> ImportAsync(string path) =>
        TestImports.RunAsync(Database, new PerformanceTablesSchoolsFormat("201819"), path);

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
