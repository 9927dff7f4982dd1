using Beacon.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Demo;

/// <summary>The demo's own SQLite file, which holds nothing but demonstration data.</summary>
public static class DemoDatabase
{
    /// <summary>
    /// Deletes the demo file when it was made by migrations this build no longer has (the schema was squashed into one
    /// baseline, decision 021), so that a newcomer's next <c>serve --demo</c> starts afresh instead of failing. Returns
    /// whether it did. Never touches any other database.
    /// </summary>
    public static async Task<bool> ResetIfFromAnotherSchemaAsync(DatabaseOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var file = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        if (options.Provider != DatabaseProvider.Sqlite || !File.Exists(file))
        {
            return false;
        }

        await using (var db = BeaconDatabase.CreateContext(options))
        {
            var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
            var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
            if (applied.All(known.Contains))
            {
                return false;
            }
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(file + suffix);
        }

        return true;
    }
}
