using Beacon.Data;
using Beacon.Data.Statistics;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Import.Geography;

namespace Beacon.Cli.Bench;

/// <summary>
/// The performance dashboard under load: wrk with 32 connections against the app on 127.0.0.1, over SQLite
/// holding a directorate of indicators and, beside it, a figure for every authority, indicator and quarter.
/// Target (issue 3): p95 under 50 ms.
/// </summary>
internal sealed class DashboardBenchmark(int indicators, int quarters, int seconds, string folder, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!WebLoad.WrkInstalled)
        {
            output.WriteLine("wrk is not installed: apt-get install wrk (Debian's package)");
            return 1;
        }

        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bench-dashboard.db");
        SqliteFiles.Delete(file);
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
        var last = new FinancialQuarter(2013, 1);
        for (var i = 1; i < quarters; i++)
        {
            last = last.Next;
        }

        var figures = await FillAsync(options, last, cancellationToken);
        var line = await WebLoad.MeasureAsync(
            options,
            BeaconRole.PerformanceOfficer,
            $"/performance?quarter={last}",
            seconds,
            folder,
            cancellationToken
        );
        output.WriteLine(
            $"Dashboard: {indicators} indicators x {quarters} quarters, plus {figures:N0} authority figures, SQLite; wrk 2 threads, 32 connections, {seconds} s after 5 s warm-up on 127.0.0.1: {line} (ms; target p95 under 50 ms); {Environment.ProcessorCount} cores"
        );
        return 0;
    }

    private async Task<long> FillAsync(DatabaseOptions options, FinancialQuarter last, CancellationToken cancellationToken)
    {
        await using var db = BeaconDatabase.CreateContext(options);
        await BeaconDatabase.MigrateAsync(db, cancellationToken);
        await BenchmarkDirectorate.FillAsync(db, indicators, last, cancellationToken);
        // Every authority's figure for every indicator and quarter, as a sector dataset beside the directorate.
        var authorities = LocalAuthorityRegister.Shipped.All.Where(a => a.LastYear >= 2025).ToList();
        var random = new Random(7);
        IEnumerable<StatisticRow> Rows()
        {
            var quarter = new FinancialQuarter(2013, 1);
            for (var q = 0; q < quarters; q++, quarter = quarter.Next)
            {
                foreach (var authority in authorities)
                {
                    for (var i = 1; i <= indicators; i++)
                    {
                        yield return new StatisticRow(
                            quarter.ToString(),
                            "Quarter",
                            "Local authority",
                            authority.NewCode,
                            "",
                            $"IND {i:D3}",
                            random.Next(100),
                            null
                        );
                    }
                }
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var counts = await StatisticsBulkWriter.For(db).WriteAsync(db, "bench-sector", 0, Rows(), null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counts.Inserted;
    }
}
