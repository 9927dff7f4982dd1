using System.Diagnostics;
using Beacon.Data;
using Npgsql;

namespace Beacon.Cli.Bench;

/// <summary>
/// Beacon's import of a generated DfE-layout file against the databases' own bulk loaders on the same
/// file into a bare table: <c>sqlite3 .import</c> and <c>psql \copy</c>. Beacon also validates every row
/// and upserts on a natural key; the ratio says what that costs.
/// </summary>
internal sealed class ImportBenchmark(int rows, string folder, TextWriter output)
{
    public async Task RunAsync(string? postgres, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var csv = BenchmarkFile.InFolder(folder, rows);

        output.WriteLine(
            $"File: {rows:N0} rows, 10 columns, {new FileInfo(csv).Length / 1_000_000.0:N1} MB; {Environment.ProcessorCount} cores, .NET {Environment.Version}"
        );
        await SqliteAsync(csv, cancellationToken);
        if (postgres is null)
        {
            output.WriteLine("PostgreSQL: skipped (give --postgres or set BEACON_TEST_POSTGRES)");
        }
        else
        {
            await PostgresAsync(csv, postgres, cancellationToken);
        }
    }

    private async Task SqliteAsync(string csv, CancellationToken cancellationToken)
    {
        var database = Path.Combine(folder, "bench-beacon.db");
        var bare = Path.Combine(folder, "bench-bare.db");
        SqliteFiles.Delete(database);
        SqliteFiles.Delete(bare);
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={database}" };
        var (first, again) = await ImportTwiceAsync(csv, options, cancellationToken);
        var reference = ExternalTool.Time("sqlite3", bare, $".mode csv\n.import '{csv}' bare\n");
        Print("SQLite", first, again, reference, "sqlite3 .import");
    }

    private async Task PostgresAsync(string csv, string adminConnection, CancellationToken cancellationToken)
    {
        var name = $"beacon_bench_{Environment.ProcessId}";
        await PostgresDatabase.CreateAsync(adminConnection, name, cancellationToken);
        try
        {
            var target = new NpgsqlConnectionStringBuilder(adminConnection) { Database = name };
            var (first, again) = await ImportTwiceAsync(csv, PostgresDatabase.Options(adminConnection, name), cancellationToken);
            var columns = string.Join(", ", BenchmarkFile.Header.Split(',').Select(c => c + " text"));
            var environment = new Dictionary<string, string>
            {
                ["PGHOST"] = target.Host ?? "127.0.0.1",
                ["PGPORT"] = target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["PGUSER"] = target.Username ?? "",
                ["PGPASSWORD"] = target.Password ?? "",
                ["PGDATABASE"] = name,
            };
            var reference = ExternalTool.Time(
                "psql",
                "-v ON_ERROR_STOP=1 -q",
                $"CREATE TABLE bare ({columns});\n\\copy bare FROM '{csv}' WITH (FORMAT csv, HEADER true)\n",
                environment
            );
            Print("PostgreSQL", first, again, reference, "psql \\copy");
        }
        finally
        {
            await PostgresDatabase.DropAsync(adminConnection, name, cancellationToken);
        }
    }

    private static async Task<(TimeSpan First, TimeSpan Again)> ImportTwiceAsync(
        string csv,
        DatabaseOptions options,
        CancellationToken cancellationToken
    )
    {
        await using (var db = BeaconDatabase.CreateContext(options))
        {
            await BeaconDatabase.MigrateAsync(db, cancellationToken);
        }

        var timings = new List<TimeSpan>();
        for (var run = 0; run < 2; run++)
        {
            await using var db = BeaconDatabase.CreateContext(options);
            var clock = Stopwatch.StartNew();
            var outcome = await BenchmarkFile.ImportAsync(db, csv, "bench", cancellationToken);
            clock.Stop();
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"The benchmark file was rejected: {outcome.Errors.Kept[0]}");
            }

            timings.Add(clock.Elapsed);
        }

        return (timings[0], timings[1]);
    }

    private void Print(string database, TimeSpan first, TimeSpan again, TimeSpan reference, string tool)
    {
        output.WriteLine(
            $"{database}: Beacon import {first.TotalSeconds:N2} s ({rows / first.TotalSeconds:N0} rows/s); unchanged re-import {again.TotalSeconds:N2} s; {tool} into a bare table {reference.TotalSeconds:N2} s; ratio {first / reference:N2}x"
        );
    }
}
