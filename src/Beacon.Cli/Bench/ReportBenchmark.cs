using System.Diagnostics;
using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain.Periods;
using Beacon.Reports.Performance;
using Beacon.Web.Features.Performance;
using Beacon.Web.Hosting;

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
            await FillAsync(db, quarter, cancellationToken);
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
            PerformanceReportDocx.Write(report, stream);
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

    private async Task FillAsync(BeaconDbContext db, FinancialQuarter last, CancellationToken cancellationToken)
    {
        var random = new Random(20261123);
        var areas = Enumerable.Range(1, 6).Select(i => new BusinessArea { Name = $"Business area {i}", SortOrder = i }).ToList();
        db.BusinessAreas.AddRange(areas);
        db.LeadOfficers.Add(
            new LeadOfficer
            {
                Initials = "BO",
                Name = "Bench Officer",
                Title = "Operational Director",
            }
        );
        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < indicators; i++)
        {
            var indicator = new Indicator
            {
                Reference = $"IND {i + 1:D3}",
                Title = $"Benchmark indicator {i + 1}",
                BusinessAreaId = areas[i % areas.Count].Id,
                LeadOfficerInitials = "BO",
                Unit = "Percentage",
                Polarity = i % 3 == 0 ? "LowerIsBetter" : "HigherIsBetter",
                Accumulation = i % 4 == 0 ? "Cumulative" : "Snapshot",
            };
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync(cancellationToken);
            for (var year = 2013; year <= last.StartYear; year++)
            {
                db.IndicatorTargets.Add(
                    new IndicatorTarget
                    {
                        IndicatorId = indicator.Id,
                        Year = year,
                        AnnualTarget = 60 + random.Next(30),
                    }
                );
                for (var q = 1; q <= 4; q++)
                {
                    db.IndicatorValues.Add(
                        new IndicatorValue
                        {
                            IndicatorId = indicator.Id,
                            Year = year,
                            Quarter = q,
                            Value = 40 + random.Next(60),
                        }
                    );
                }
            }

            db.Commentaries.Add(
                new Commentary
                {
                    SubjectType = "Indicator",
                    SubjectId = indicator.Id,
                    Year = last.StartYear,
                    Quarter = last.Quarter,
                    Text = "Performance is being monitored monthly.",
                    Initials = "BO",
                }
            );
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
