using System.Diagnostics;
using Beacon.Application.Lait;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Lait;
using Beacon.Import.Benchmarking;
using Beacon.Import.Lait;
using Beacon.Import.Pipeline;

namespace Beacon.Cli.Bench;

/// <summary>
/// LAIT (issue #18): its whole data set, dictionary and both neighbour files loaded into a new SQLite database;
/// then every authority's LA view of every measure in its latest year worked out, timed (target under 5 s); then one
/// authority's LA view under wrk, 32 connections (target p95 under 50 ms).
/// </summary>
internal sealed class LaitBenchmark(string data, int seconds, string folder, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(data, "bds_long.csv")))
        {
            output.WriteLine($"{data} has no bds_long.csv: give --data the folder of LAIT's files");
            return 1;
        }

        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bench-lait.db");
        SqliteFiles.Delete(file);
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
        await using (var db = BeaconDatabase.CreateContext(options))
        {
            await BeaconDatabase.MigrateAsync(db, cancellationToken);
            var pipeline = new ImportPipeline(new ImportOptions(), TimeProvider.System);
            foreach (
                var (format, name) in new (IImportFormat, string)[]
                {
                    (new LaitDictionaryFormat(), "lait_data_dictionary.csv"),
                    (new LaitDataFormat(), "bds_long.csv"),
                    (new StatisticalNeighboursFormat(2025), "sn_may_2025.xlsx"),
                    (new StatisticalNeighboursFormat(2021), "sn_april_2021.xlsx"),
                }
            )
            {
                var clock = Stopwatch.StartNew();
                var outcome = await pipeline.RunAsync(
                    db,
                    format,
                    Path.Combine(data, name),
                    name,
                    "bench",
                    cancellationToken: cancellationToken
                );
                if (!outcome.Succeeded)
                {
                    output.WriteLine($"{name}: {string.Join("; ", outcome.Errors.Kept)}");
                    return 1;
                }

                output.WriteLine($"Imported {name}: {outcome.Run!.RowsRead:N0} rows in {clock.Elapsed.TotalSeconds:N1} s");
            }
        }

        LaitData lait;
        await using (var db = BeaconDatabase.CreateContext(options))
        {
            var load = Stopwatch.StartNew();
            lait = await LaitLoader.LoadAsync(db, cancellationToken);
            output.WriteLine($"LAIT's data set read from SQLite into memory: {load.Elapsed.TotalMilliseconds:N0} ms (once per import)");
        }

        var timings = new List<TimeSpan>();
        long views = 0;
        for (var run = 0; run < 4; run++)
        {
            // A fresh copy each run, so nothing worked out in an earlier run is reused.
            var fresh = new LaitData(lait.Places, lait.Measures, lait.Series, lait.NeighbourModels);
            var clock = Stopwatch.StartNew();
            views = 0;
            foreach (var measure in fresh.Measures)
            {
                foreach (var authority in fresh.Authorities)
                {
                    views += fresh.LaView(measure, authority.Number, new LaitGrouping(2025)) is null ? 0 : 1;
                }
            }

            clock.Stop();
            timings.Add(clock.Elapsed);
        }

        timings.Sort();
        output.WriteLine(
            $"Every authority x every measure x its latest year: {views:N0} LA views ({lait.Authorities.Count} authorities x {lait.Measures.Count} dictionary lines), each with its region, neighbours' average, England, change, rank and band: median {timings[timings.Count / 2].TotalMilliseconds:N0} ms, worst {timings[^1].TotalMilliseconds:N0} ms of {timings.Count} runs (target: under 5,000 ms); {Environment.ProcessorCount} cores"
        );
        if (!WebLoad.WrkInstalled)
        {
            output.WriteLine("wrk is not installed (apt-get install wrk), so the LA view was not loaded");
            return 0;
        }

        const string path = "/sector/lait/measure?key=InfMort&topic=Health%20and%20Wellbeing&la=805";
        var line = await WebLoad.MeasureAsync(options, BeaconRole.PerformanceOfficer, path, seconds, folder, cancellationToken);
        output.WriteLine(
            $"LAIT LA view ({path}), SQLite, whole data set loaded; wrk 2 threads, 32 connections, {seconds} s after 5 s warm-up on 127.0.0.1: {line} (ms; target p95 under 50 ms); {Environment.ProcessorCount} cores"
        );
        return 0;
    }
}
