using System.Globalization;
using Beacon.Data;
using Beacon.Data.Benchmarking;
using Beacon.Data.Imports;
using Beacon.Data.Statistics;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.Geography;
using Beacon.Import.Geography;

namespace Beacon.Cli.Bench;

/// <summary>
/// The regional view (issue 19): a generated national data set of 50 indicators for every current English authority
/// over five years in a new SQLite database; the tartan rug of all of them (153 by 50) asked for through the web
/// app, first once per year (each rendered afresh) and then again (the rendered table kept); then the North East's
/// rug under wrk. Targets: the whole rug under 200 ms warm; the regional view's p95 under 50 ms at 32 clients.
/// </summary>
internal sealed class RegionBenchmark(int indicators, int seconds, string folder, TextWriter output)
{
    private static readonly int[] Years = [2021, 2022, 2023, 2024, 2025];

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bench-region.db");
        SqliteFiles.Delete(file);
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
        var authorities = LocalAuthorityRegister.Shipped.All.Where(a => a.LastYear == 2025).DistinctBy(a => a.OldCode).ToList();
        await using (var db = BeaconDatabase.CreateContext(options))
        {
            await BeaconDatabase.MigrateAsync(db, cancellationToken);
            await GenerateAsync(db, authorities, cancellationToken);
        }

        var (fresh, kept) = (new List<double>(), new List<double>());
        var region = await WebLoad.MeasureAsync(
            options,
            BeaconRole.PerformanceOfficer,
            "/sector/region?Code=E12000001&Year=2025",
            seconds,
            folder,
            cancellationToken,
            async (address, cookie) =>
            {
                // The first request of all warms the process (JIT, the figures read once); not counted.
                await WebLoad.TimeEachAsync(address, cookie, ["/sector/region?Code=all&Year=2021"], cancellationToken);
                fresh.AddRange(
                    await WebLoad.TimeEachAsync(
                        address,
                        cookie,
                        Years.Skip(1).Select(y => $"/sector/region?Code=all&Year={y}"),
                        cancellationToken
                    )
                );
                kept.AddRange(
                    await WebLoad.TimeEachAsync(
                        address,
                        cookie,
                        Enumerable.Repeat("/sector/region?Code=all&Year=2025", 20),
                        cancellationToken
                    )
                );
            }
        );
        fresh.Sort();
        kept.Sort();
        output.WriteLine(
            $"Tartan rug, all England ({authorities.Count} authorities x {indicators} indicators), SQLite, one request at a time after one to warm up: rendered afresh (one year each) median {fresh[fresh.Count / 2]:N0} ms, worst {fresh[^1]:N0} ms of {fresh.Count}; rendered table kept, median {kept[kept.Count / 2]:N1} ms of {kept.Count} (target: under 200 ms warm); {Environment.ProcessorCount} cores"
        );
        output.WriteLine(
            $"Regional view (/sector/region, North East), SQLite; wrk 2 threads, 32 connections, {seconds} s after 5 s warm-up on 127.0.0.1: {region} (ms; target p95 under 50 ms); {Environment.ProcessorCount} cores"
        );
        return 0;
    }

    // Figures for every authority, region and England, each indicator a measure of one dataset; odd indicators
    // better high, even ones better low.
    private async Task GenerateAsync(BeaconDbContext db, IReadOnlyList<LocalAuthority> authorities, CancellationToken cancellationToken)
    {
        var run = new ImportRun
        {
            Format = "bench",
            SourceName = "generated",
            Dataset = "bench_region",
            Sha256 = "generated",
            ImportedBy = "bench",
            StartedAtUtc = DateTime.UtcNow,
            FinishedAtUtc = DateTime.UtcNow,
        };
        db.ImportRuns.Add(run);
        for (var i = 1; i <= indicators; i++)
        {
            db.BenchmarkIndicators.Add(
                new BenchmarkIndicatorRecord
                {
                    Code = $"bench_{i:00}",
                    Name = $"Generated indicator {i:00}",
                    Dataset = "bench_region",
                    Measure = $"m{i:00}",
                    Unit = "%",
                    Polarity = i % 2 == 1 ? Polarity.HigherIsBetter : Polarity.LowerIsBetter,
                    Decimals = 1,
                    Per = 10_000,
                }
            );
        }

        await db.SaveChangesAsync(cancellationToken);
        var random = new Random(19);
        var rows = new List<StatisticRecord>();
        foreach (var year in Years)
        {
            for (var i = 1; i <= indicators; i++)
            {
                foreach (var authority in authorities)
                {
                    rows.Add(
                        Row(
                            year,
                            GeographicLevel.LocalAuthority,
                            authority.NewCode,
                            i,
                            Math.Round((decimal)(random.NextDouble() * 100), 1),
                            run.Id
                        )
                    );
                }

                rows.Add(Row(year, GeographicLevel.National, "E92000001", i, 50m, run.Id));
            }
        }

        db.Statistics.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static StatisticRecord Row(int year, string level, string code, int indicator, decimal value, long run) =>
        new()
        {
            Dataset = "bench_region",
            TimePeriod = year.ToString(CultureInfo.InvariantCulture),
            TimeIdentifier = "Calendar year",
            GeographicLevel = level,
            GeographyCode = code,
            Filters = "",
            Measure = $"m{indicator:00}",
            Value = value,
            ImportRunId = run,
        };
}
