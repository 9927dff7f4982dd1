using System.Diagnostics;
using Beacon.Application.Benchmarking;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Import.Pipeline;

namespace Beacon.Cli.Bench;

/// <summary>
/// Local profiles (issue 6): every DfE file in the shared folder loaded into a new SQLite database; then the whole
/// benchmarking set read and worked out, and every profile line (each authority, indicator and year) computed,
/// timed; then the profile page under wrk. Targets: every profile under 2 s; the page's p95 under 50 ms.
/// </summary>
internal sealed class ProfilesBenchmark(string data, int seconds, string folder, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(data))
        {
            output.WriteLine($"{data} does not exist: give --data the folder of DfE children's social care files");
            return 1;
        }

        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bench-profiles.db");
        SqliteFiles.Delete(file);
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
        await using (var db = BeaconDatabase.CreateContext(options))
        {
            await BeaconDatabase.MigrateAsync(db, cancellationToken);
            var pipeline = new ImportPipeline(new ImportOptions(), TimeProvider.System);
            foreach (var (path, format) in FolderImport.Plan(data))
            {
                var outcome = await pipeline.RunAsync(
                    db,
                    format,
                    path,
                    Path.GetFileName(path),
                    "bench",
                    cancellationToken: cancellationToken
                );
                if (!outcome.Succeeded)
                {
                    output.WriteLine($"{path}: {string.Join("; ", outcome.Errors.Kept)}");
                    return 1;
                }
            }
        }

        var timings = new List<TimeSpan>();
        long lines = 0;
        var (authorities, indicators, years) = (0, 0, 0);
        for (var run = 0; run < 6; run++)
        {
            await using var db = BeaconDatabase.CreateContext(options);
            var clock = Stopwatch.StartNew();
            var set = await BenchmarkLoader.LoadAsync(db, cancellationToken);
            var codes = BenchmarkCoverage.Authorities(set).Select(a => a.OldCode).ToList();
            lines = 0;
            foreach (var series in set.Series)
            {
                foreach (var year in series.Years)
                {
                    foreach (var code in codes)
                    {
                        lines += set.Line(code, series.Indicator.Code, year) is null ? 0 : 1;
                    }
                }
            }

            clock.Stop();
            (authorities, indicators, years) = (codes.Count, set.Series.Count(), BenchmarkCoverage.Years(set).Count);
            if (run > 0)
            {
                timings.Add(clock.Elapsed);
            }
        }

        timings.Sort();
        output.WriteLine(
            $"Profiles: {lines:N0} profile lines ({authorities} authorities x {indicators} indicators x their years, {years} years in all) read from SQLite and worked out: median {timings[timings.Count / 2].TotalMilliseconds:N0} ms, worst {timings[^1].TotalMilliseconds:N0} ms of {timings.Count} warm runs (target: under 2,000 ms); {Environment.ProcessorCount} cores"
        );
        if (!WebLoad.WrkInstalled)
        {
            output.WriteLine("wrk is not installed (apt-get install wrk), so the profile page was not loaded");
            return 0;
        }

        var line = await WebLoad.MeasureAsync(
            options,
            BeaconRole.PerformanceOfficer,
            "/sector/profiles/805",
            seconds,
            folder,
            cancellationToken
        );
        output.WriteLine(
            $"Profile page (/sector/profiles/805), SQLite; wrk 2 threads, 32 connections, {seconds} s after 5 s warm-up on 127.0.0.1: {line} (ms; target p95 under 50 ms); {Environment.ProcessorCount} cores"
        );
        return 0;
    }
}
