using Beacon.Data;
using Npgsql;

namespace Beacon.Cli.Bench;

/// <summary>A benchmark's own PostgreSQL database, made on the given server and dropped afterwards.</summary>
internal static class PostgresDatabase
{
    public static Task CreateAsync(string adminConnection, string name, CancellationToken cancellationToken) =>
        ExecuteAsync(adminConnection, $"CREATE DATABASE {name}", cancellationToken);

    public static async Task DropAsync(string adminConnection, string name, CancellationToken cancellationToken)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(adminConnection, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", cancellationToken);
    }

    public static DatabaseOptions Options(string adminConnection, string name) =>
        new()
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = new NpgsqlConnectionStringBuilder(adminConnection) { Database = name }.ConnectionString,
        };

    private static async Task ExecuteAsync(string connection, string sql, CancellationToken cancellationToken)
    {
        await using var npgsql = new NpgsqlConnection(connection);
        await npgsql.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, npgsql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
