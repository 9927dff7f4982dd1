using System.Diagnostics;
using Beacon.Application;
using Beacon.Application.Protocol;
using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Import.Pipeline;
using Beacon.Import.Schools;
using Beacon.Reports.Schools;

namespace Beacon.Cli.Bench;

/// <summary>
/// Issue 4's targets on SQLite: loading both national performance-tables files (schools-england) under 5 seconds,
/// and the Ofsted outcomes summary for every school in England under 2 seconds (built, and written as Word and HTML).
/// </summary>
internal sealed class SchoolsBenchmark(string dataFolder, string folder, TextWriter output)
{
    private static readonly string[] Files = ["england_ks2final.csv", "england_ks4final.csv"];

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var files = Files.Select(f => Path.Combine(dataFolder, f)).ToList();
        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            output.WriteLine($"{missing} is not there: give --data, the folder holding {string.Join(" and ", Files)}");
            return 1;
        }

        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bench-schools.db");
        File.Delete(file);
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
        await using (var db = BeaconDatabase.CreateContext(options))
        {
            await BeaconDatabase.MigrateAsync(db, cancellationToken);
        }

        var load = Stopwatch.StartNew();
        long rows = 0;
        foreach (var path in files)
        {
            await using var db = BeaconDatabase.CreateContext(options);
            var outcome = await new ImportPipeline(new ImportOptions(), TimeProvider.System).RunAsync(
                db,
                new PerformanceTablesSchoolsFormat("201819"),
                path,
                Path.GetFileName(path),
                "bench",
                cancellationToken: cancellationToken
            );
            rows += outcome.Run?.RowsRead ?? throw new InvalidOperationException(string.Join("; ", outcome.Errors.Kept));
        }

        load.Stop();
        var site = new BeaconSiteOptions { AuthorityName = "England" };
        var timings = new List<TimeSpan>();
        (int Pages, long Bytes) size = default;
        for (var run = 0; run < 6; run++)
        {
            await using var db = BeaconDatabase.CreateContext(options);
            var clock = Stopwatch.StartNew();
            var report = await OfstedOutcomesReportBuilder.BuildAsync(
                db,
                SchoolGroup.England,
                new DateOnly(2019, 3, 1),
                new DateOnly(2019, 7, 31),
                site,
                cancellationToken
            );
            using var docx = new MemoryStream();
            OfstedOutcomesDocx.Write(report, new DateOnly(2013, 10, 1), docx);
            var html = OfstedOutcomesHtml.Write(report);
            clock.Stop();
            size = (report.Inspected.Count, docx.Length + html.Length);
            if (run > 0)
            {
                timings.Add(clock.Elapsed);
            }
        }

        timings.Sort();
        var proposals = new List<TimeSpan>();
        var proposed = 0;
        for (var run = 0; run < 6; run++)
        {
            await using var db = BeaconDatabase.CreateContext(options);
            var clock = Stopwatch.StartNew();
            proposed = (
                await ProtocolProposals.ProposeAsync(
                    db,
                    SchoolGroup.England,
                    new DateOnly(2019, 9, 1),
                    Domain.Protocol.ProtocolCatalog.Shipped,
                    cancellationToken
                )
            ).Count;
            clock.Stop();
            if (run > 0)
            {
                proposals.Add(clock.Elapsed);
            }
        }

        proposals.Sort();
        output.WriteLine(
            $"Schools: both national files ({rows:N0} rows) loaded into a new SQLite database in {load.Elapsed.TotalSeconds:N2} s (target: under 5 s)"
        );
        output.WriteLine(
            $"Ofsted outcomes for England, March to July 2019 ({size.Pages:N0} schools inspected listed), built and written as DOCX and HTML: median {timings[timings.Count / 2].TotalMilliseconds:N0} ms, worst {timings[^1].TotalMilliseconds:N0} ms of {timings.Count} warm runs (target: under 2,000 ms); {Environment.ProcessorCount} cores"
        );
        output.WriteLine(
            $"Protocol: proposed ratings for every open state-funded school in England ({proposed:N0}) from the loaded data: median {proposals[proposals.Count / 2].TotalMilliseconds:N0} ms, worst {proposals[^1].TotalMilliseconds:N0} ms of {proposals.Count} warm runs (target: under 1,000 ms)"
        );
        return 0;
    }
}
