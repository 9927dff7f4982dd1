using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Beacon.Data;
using Beacon.Data.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace Beacon.Testing;

/// <summary>
/// A fresh, migrated database for one test: a SQLite file, or a PostgreSQL database created on the
/// server named by <c>BEACON_TEST_POSTGRES</c> and dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable naming a PostgreSQL server the tests may create databases on.</summary>
    public const string PostgresVariable = "BEACON_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseOptions options, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        Options = options;
        _sqliteFile = sqliteFile;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public DatabaseOptions Options { get; }

    public DatabaseProvider Provider => Options.Provider;

    /// <summary>Creates and migrates a database. Without a PostgreSQL server the test is skipped, except in CI, where it fails.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "beacon-tests");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
            database = new TestDatabase(
                new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={file};Pooling=False" },
                file,
                null,
                null
            );
        }
        else
        {
            var admin = PostgresAdminConnection();
            var name = $"beacon_test_{Guid.NewGuid():N}";
            await ExecuteAsync(admin, $"CREATE DATABASE {name}");
            var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
            database = new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = connection }, null, admin, name);
        }

        await using var db = database.NewContext();
        await BeaconDatabase.MigrateAsync(db);
        return database;
    }

    /// <summary>The PostgreSQL server for tests; skips the test where there is none, fails in CI.</summary>
    public static string PostgresAdminConnection()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(admin))
        {
            return admin;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{PostgresVariable} is not set: CI must run the PostgreSQL tests (scripts/test sets it).");
        }

        Assert.Skip($"PostgreSQL tests need {PostgresVariable}; scripts/test installs a server and sets it.");
        return "";
    }

    public BeaconDbContext NewContext(AuditScope? scope = null, TimeProvider? clock = null) =>
        BeaconDatabase.CreateContext(Options, scope, clock);

    /// <summary>
    /// Every table's row count and a SHA-256 of its rows (order-independent): equal before and after
    /// means the database's content is unchanged. Tables named in <paramref name="except"/> are left out,
    /// for tests where an import run is expected to be recorded and nothing else.
    /// </summary>
    public async Task<string> ContentChecksumAsync(params string[] except)
    {
        await using var db = NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = (await ListTablesAsync(connection)).Except(except).ToList();
        var summary = new StringBuilder();
        foreach (var table in tables)
        {
            summary.Append(await TableChecksumAsync(connection, table, null)).Append('\n');
        }

        return summary.ToString();
    }

    /// <summary>One table's row count and hash, as <see cref="ContentChecksumAsync"/> gives them, over the rows a condition keeps.</summary>
    public async Task<string> TableChecksumAsync(string table, string where)
    {
        await using var db = NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        return await TableChecksumAsync(connection, table, where);
    }

    private static async Task<string> TableChecksumAsync(DbConnection connection, string table, string? where)
    {
        var rows = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"" + (where is null ? "" : $" WHERE {where}");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i)
                    ? "<null>"
                    : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
            }

            rows.Add(string.Join('\u001f', values));
        }

        rows.Sort(StringComparer.Ordinal);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{table}: {rows.Count} rows, {hash[..16]}");
    }

    /// <summary>How many rows a table has.</summary>
    public async Task<long> CountAsync(string table)
    {
        await using var db = NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<string>> ListTablesAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            Provider == DatabaseProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                : "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var npgsql = new NpgsqlConnection(connection);
        await npgsql.OpenAsync();
        await using var command = new NpgsqlCommand(sql, npgsql);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }
        else if (_postgresAdmin is not null)
        {
            await ExecuteAsync(_postgresAdmin, $"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)");
        }
    }
}
