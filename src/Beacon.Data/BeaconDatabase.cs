using Beacon.Data.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Beacon.Data;

/// <summary>Opens Beacon's database on the configured provider, with that provider's migrations.</summary>
public static class BeaconDatabase
{
    public const string SqliteMigrationsAssembly = "Beacon.Data.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Beacon.Data.Migrations.Postgres";

    /// <summary>Points EF Core at the configured database.</summary>
    public static DbContextOptionsBuilder Configure(this DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(
                options.ConnectionString,
                sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)
            ),
            DatabaseProvider.Postgres => builder
                .UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly))
                .AddInterceptors(Organisations.PostgresOrganisationSetting.Instance),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider"),
        };
    }

    /// <summary>A context outside dependency injection, for commands, tests and benchmarks.</summary>
    public static BeaconDbContext CreateContext(DatabaseOptions options, AuditScope? scope = null, TimeProvider? clock = null)
    {
        var builder = new DbContextOptionsBuilder<BeaconDbContext>();
        builder.Configure(options);
        return new BeaconDbContext(builder.Options, scope ?? new AuditScope(), clock ?? TimeProvider.System);
    }

    /// <summary>Creates the SQLite file's folder when needed, then applies every pending migration.</summary>
    public static async Task MigrateAsync(BeaconDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        // On a fresh PostgreSQL database EF finds out that the history table is missing by reading it and logging the
        // failure as an error, which a newcomer's first `serve` would show: make the table first, asking the catalogue.
        if (db.Database.IsNpgsql())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT to_regclass('\"__EFMigrationsHistory\"') IS NULL";
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);

        // Write-ahead logging, kept in the file: pages go on being read while an import writes, and a write waits only
        // for another write (SQLite has one writer at a time), not for readers.
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
