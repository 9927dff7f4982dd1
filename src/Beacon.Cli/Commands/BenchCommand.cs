using System.CommandLine;
using Beacon.Cli.Bench;

namespace Beacon.Cli.Commands;

/// <summary><c>beacon bench import</c>: import throughput against sqlite3 and psql on the same file.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var rows = new Option<int>("--rows") { Description = "Rows in the generated file", DefaultValueFactory = _ => 1_000_000 };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "An admin connection string; a scratch database is created and dropped",
        };
        var folder = new Option<string>("--folder")
        {
            Description = "Where the file and scratch databases go",
            DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "beacon-bench"),
        };
        var import = new Command("import", "Time Beacon's import of a generated DfE-layout CSV against sqlite3 .import and psql \\copy")
        {
            rows,
            postgres,
            folder,
        };
        import.SetAction(
            async (parse, cancellationToken) =>
            {
                var connection = parse.GetValue(postgres) ?? Environment.GetEnvironmentVariable("BEACON_TEST_POSTGRES");
                await new ImportBenchmark(parse.GetValue(rows), parse.GetValue(folder)!, Console.Out).RunAsync(
                    connection,
                    cancellationToken
                );
                return 0;
            }
        );
        var indicators = new Option<int>("--indicators") { Description = "Indicators in the directorate", DefaultValueFactory = _ => 300 };
        var years = new Option<int>("--years") { Description = "Years of quarterly history", DefaultValueFactory = _ => 5 };
        var reportFolder = new Option<string>("--folder")
        {
            Description = "Where the scratch database goes",
            DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "beacon-bench"),
        };
        var report = new Command("report", "Time building and writing the quarterly report as DOCX for a large directorate")
        {
            indicators,
            years,
            reportFolder,
        };
        report.SetAction(
            async (parse, cancellationToken) =>
            {
                await new ReportBenchmark(
                    parse.GetValue(indicators),
                    parse.GetValue(years),
                    parse.GetValue(reportFolder)!,
                    Console.Out
                ).RunAsync(cancellationToken);
                return 0;
            }
        );
        var dashIndicators = new Option<int>("--indicators")
        {
            Description = "Indicators in the directorate",
            DefaultValueFactory = _ => 300,
        };
        var quarters = new Option<int>("--quarters") { Description = "Quarters of history", DefaultValueFactory = _ => 20 };
        var seconds = new Option<int>("--seconds") { Description = "How long wrk runs", DefaultValueFactory = _ => 15 };
        var dashFolder = new Option<string>("--folder")
        {
            Description = "Where the scratch database goes",
            DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "beacon-bench"),
        };
        var dashboard = new Command("dashboard", "Load the performance dashboard with wrk (32 connections) and report p50, p95 and p99")
        {
            dashIndicators,
            quarters,
            seconds,
            dashFolder,
        };
        dashboard.SetAction(
            async (parse, cancellationToken) =>
                await new DashboardBenchmark(
                    parse.GetValue(dashIndicators),
                    parse.GetValue(quarters),
                    parse.GetValue(seconds),
                    parse.GetValue(dashFolder)!,
                    Console.Out
                ).RunAsync(cancellationToken)
        );
        return new Command("bench", "Benchmarks") { import, report, dashboard };
    }
}
