using System.Diagnostics;
using Beacon.Domain;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Beacon.Data;

/// <summary>
/// A consistent copy of the whole database, taken while Beacon runs, and putting one back: SQLite's online backup
/// (a copy of the file as of one moment, whatever is being written), and on PostgreSQL <c>pg_dump</c>'s snapshot in
/// its custom format, restored with <c>pg_restore</c> (both from Debian's postgresql-client, of the server's version
/// or newer).
/// </summary>
public static class DatabaseBackup
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int BusyAttempts = 100;

    /// <summary>Writes the copy to the file, which must not exist yet.</summary>
    public static async Task<Result> BackupAsync(DatabaseOptions options, string file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (File.Exists(file))
        {
            return Result.Failure("exists", $"{file} already exists: give a new file, so that no backup is overwritten");
        }

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(options.ConnectionString);
            await using var target = new SqliteConnection(
                new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString
            );
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            // The copy is taken in one step, which a writer's commit at that moment makes busy; each try copies afresh.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    source.BackupDatabase(target);
                    return Result.Done;
                }
                catch (SqliteException busy) when (busy.SqliteErrorCode is SqliteBusy or SqliteLocked && attempt < BusyAttempts)
                {
                    await Task.Delay(50, cancellationToken);
                }
            }
        }

        return await PostgresToolAsync("pg_dump", options, $"--format=custom --no-owner --file=\"{file}\"", cancellationToken);
    }

    /// <summary>
    /// Replaces everything in the configured database with the copy in the file, then brings it up to this build's
    /// schema. Beacon should be stopped while it runs: the database is rewritten under any reader.
    /// </summary>
    public static async Task<Result> RestoreAsync(DatabaseOptions options, string file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(file))
        {
            return Result.Failure("not-found", $"{file} does not exist");
        }

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(
                new SqliteConnectionStringBuilder
                {
                    DataSource = file,
                    Mode = SqliteOpenMode.ReadOnly,
                    Pooling = false,
                }.ConnectionString
            );
            await using var target = new SqliteConnection(options.ConnectionString);
            try
            {
                await source.OpenAsync(cancellationToken);
                await using var check = source.CreateCommand();
                check.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'";
                if (
                    Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture)
                    == 0
                )
                {
                    return Result.Failure("not-a-backup", $"{file} is a SQLite file but not a Beacon database");
                }
            }
            catch (SqliteException exception)
            {
                return Result.Failure("not-a-backup", $"{file} is not a SQLite Beacon backup ({exception.Message})");
            }

            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
        }
        else
        {
            var restored = await PostgresToolAsync(
                "pg_restore",
                options,
                $"--clean --if-exists --no-owner --no-privileges --single-transaction --dbname=\"{new NpgsqlConnectionStringBuilder(options.ConnectionString).Database}\" \"{file}\"",
                cancellationToken
            );
            if (!restored.Succeeded)
            {
                return restored;
            }
        }

        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        await using var db = BeaconDatabase.CreateContext(options);
        await BeaconDatabase.MigrateAsync(db, cancellationToken);
        return Result.Done;
    }

    /// <summary>True when the PostgreSQL client tools are on the path.</summary>
    public static bool PostgresToolsInstalled =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(folder => File.Exists(Path.Combine(folder, "pg_dump")));

    private static async Task<Result> PostgresToolAsync(
        string tool,
        DatabaseOptions options,
        string arguments,
        CancellationToken cancellationToken
    )
    {
        if (!PostgresToolsInstalled)
        {
            return Result.Failure(
                "no-tool",
                $"{tool} is not installed: install Debian's postgresql-client (of the server's version or newer), or take the backup on the database server"
            );
        }

        var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardError = true, UseShellExecute = false };
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGDATABASE"] = connection.Database;
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? Result.Done : Result.Failure("tool-failed", $"{tool} failed: {error.Trim()}");
    }
}
