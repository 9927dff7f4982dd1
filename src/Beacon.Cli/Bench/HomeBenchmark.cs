using Beacon.Data;
using Beacon.Domain.Access;

namespace Beacon.Cli.Bench;

/// <summary>
/// The home page, which summarises every loaded dataset, under load: wrk with 32 connections over SQLite holding a
/// generated file of the given number of figures. Target (issue 14): p95 under 50 ms at 2,000,000 figures, no timeouts.
/// </summary>
internal sealed class HomeBenchmark(int figures, int seconds, string folder, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!WebLoad.WrkInstalled)
        {
            output.WriteLine("wrk is not installed: apt-get install wrk (Debian's package)");
            return 1;
        }

        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bench-home.db");
        SqliteFiles.Delete(file);
        var csv = BenchmarkFile.InFolder(folder, figures);

        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
        await using (var db = BeaconDatabase.CreateContext(options))
        {
            await BeaconDatabase.MigrateAsync(db, cancellationToken);
            var outcome = await BenchmarkFile.ImportAsync(db, csv, "bench_home", cancellationToken);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"The benchmark file was rejected: {outcome.Errors.Kept[0]}");
            }
        }

        var line = await WebLoad.MeasureAsync(options, BeaconRole.PerformanceOfficer, "/", seconds, folder, cancellationToken);
        output.WriteLine(
            $"Home page: {figures:N0} figures, SQLite; wrk 2 threads, 32 connections, {seconds} s after 5 s warm-up on 127.0.0.1: {line} (ms; target p95 under 50 ms, no timeouts); {Environment.ProcessorCount} cores"
        );
        return 0;
    }
}
