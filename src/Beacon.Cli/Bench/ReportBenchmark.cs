using System.Diagnostics;
using Beacon.Application;
using Beacon.Application.Performance;
using Beacon.Data;
using Beacon.Domain.Periods;
using Beacon.Reports.Performance;

namespace Beacon.Cli.Bench;

/// <summary>
/// The quarterly report for a large directorate: 300 indicators with five years of quarterly values,
/// built from a SQLite database and written as DOCX. Target (issue 3): under one second.
/// </summary>
internal sealed class ReportBenchmark(int indicators, int years, string folder, TextWriter output)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bench-report.db");
        File.Delete(file);
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
        var quarter = new FinancialQuarter(2013 + years - 1, 4);
        await using (var db = BeaconDatabase.CreateContext(options))
        {
            await BeaconDatabase.MigrateAsync(db, cancellationToken);
            await BenchmarkDirectorate.FillAsync(db, indicators, quarter, cancellationToken);
        }

        var site = new BeaconSiteOptions { AuthorityName = "Benchmark Borough", DirectorateName = "Children's Services Directorate" };
        var timings = new List<TimeSpan>();
        long bytes = 0;
        for (var run = 0; run < 6; run++)
        {
            await using var db = BeaconDatabase.CreateContext(options);
            var clock = Stopwatch.StartNew();
            var report = await PerformanceReportBuilder.BuildAsync(db, quarter, site, cancellationToken);
            using var stream = new MemoryStream();
            PerformanceReportDocx.Write(report, new DateOnly(2013, 10, 1), stream);
            clock.Stop();
            bytes = stream.Length;
            if (run > 0)
            {
                timings.Add(clock.Elapsed);
            }
        }

        timings.Sort();
        output.WriteLine(
            $"Report: {indicators} indicators x {years * 4} quarters on SQLite; build and write DOCX ({bytes / 1024:N0} KB): median {timings[timings.Count / 2].TotalMilliseconds:N0} ms, worst {timings[^1].TotalMilliseconds:N0} ms of {timings.Count} warm runs (target: under 1,000 ms)"
        );
    }
}
