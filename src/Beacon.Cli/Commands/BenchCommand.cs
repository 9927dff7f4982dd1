using System.CommandLine;
using Beacon.Cli.Bench;

namespace Beacon.Cli.Commands;

/// <summary><c>beacon bench ...</c>: the measurements the issues set targets for.</summary>
internal static class BenchCommand
{
    public static Command Create() =>
        new("bench", "Benchmarks")
        {
            Import(),
            Report(),
            Dashboard(),
            Schools(),
            Profiles(),
            Lait(),
            Region(),
            AnnexA(),
            Home(),
            WriteWait(),
        };

    private static Command Home()
    {
        var figures = new Option<int>("--figures") { Description = "Figures loaded", DefaultValueFactory = _ => 2_000_000 };
        var seconds = new Option<int>("--seconds") { Description = "How long wrk runs", DefaultValueFactory = _ => 15 };
        var folder = Folder();
        var command = new Command(
            "home",
            "Load the home page (a summary of every dataset) with wrk, 32 connections, over millions of figures"
        )
        {
            figures,
            seconds,
            folder,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
                await new HomeBenchmark(parse.GetValue(figures), parse.GetValue(seconds), parse.GetValue(folder)!, Console.Out).RunAsync(
                    cancellationToken
                )
        );
        return command;
    }

    private static Command WriteWait()
    {
        var rows = new Option<int>("--rows") { Description = "Rows in the generated file", DefaultValueFactory = _ => 1_000_000 };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "An admin connection string; a scratch database is created and dropped",
        };
        var folder = Folder();
        var command = new Command("write-wait", "Time how long commentary saves wait while a large file imports")
        {
            rows,
            postgres,
            folder,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                var connection = parse.GetValue(postgres) ?? Environment.GetEnvironmentVariable("BEACON_TEST_POSTGRES");
                await new WriteWaitBenchmark(parse.GetValue(rows), parse.GetValue(folder)!, Console.Out).RunAsync(
                    connection,
                    cancellationToken
                );
                return 0;
            }
        );
        return command;
    }

    private static Command Import()
    {
        var rows = new Option<int>("--rows") { Description = "Rows in the generated file", DefaultValueFactory = _ => 1_000_000 };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "An admin connection string; a scratch database is created and dropped",
        };
        var folder = Folder();
        var command = new Command("import", "Time Beacon's import of a generated DfE-layout CSV against sqlite3 .import and psql \\copy")
        {
            rows,
            postgres,
            folder,
        };
        command.SetAction(
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
        return command;
    }

    private static Command Report()
    {
        var indicators = Indicators();
        var years = new Option<int>("--years") { Description = "Years of quarterly history", DefaultValueFactory = _ => 5 };
        var folder = Folder();
        var command = new Command("report", "Time building and writing the quarterly report as DOCX for a large directorate")
        {
            indicators,
            years,
            folder,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
            {
                await new ReportBenchmark(parse.GetValue(indicators), parse.GetValue(years), parse.GetValue(folder)!, Console.Out).RunAsync(
                    cancellationToken
                );
                return 0;
            }
        );
        return command;
    }

    private static Command Dashboard()
    {
        var indicators = Indicators();
        var quarters = new Option<int>("--quarters") { Description = "Quarters of history", DefaultValueFactory = _ => 20 };
        var seconds = new Option<int>("--seconds") { Description = "How long wrk runs", DefaultValueFactory = _ => 15 };
        var folder = Folder();
        var command = new Command("dashboard", "Load the performance dashboard with wrk (32 connections) and report p50, p95 and p99")
        {
            indicators,
            quarters,
            seconds,
            folder,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
                await new DashboardBenchmark(
                    parse.GetValue(indicators),
                    parse.GetValue(quarters),
                    parse.GetValue(seconds),
                    parse.GetValue(folder)!,
                    Console.Out
                ).RunAsync(cancellationToken)
        );
        return command;
    }

    private static Command Schools()
    {
        var data = new Option<string>("--data")
        {
            Description = "The folder with england_ks2final.csv and england_ks4final.csv",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "schools-england"),
        };
        var folder = Folder();
        var command = new Command("schools", "Time loading both national school files and the Ofsted outcomes report for England")
        {
            data,
            folder,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
                await new SchoolsBenchmark(parse.GetValue(data)!, parse.GetValue(folder)!, Console.Out).RunAsync(cancellationToken)
        );
        return command;
    }

    private static Option<int> Indicators() =>
        new("--indicators") { Description = "Indicators in the directorate", DefaultValueFactory = _ => 300 };

    private static Option<string> Folder() =>
        new("--folder")
        {
            Description = "Where generated files and scratch databases go",
            DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "beacon-bench"),
        };

    private static Command Profiles()
    {
        var data = new Option<string>("--data")
        {
            Description = "The folder of DfE children's social care files",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "dfe-children-social-care"),
        };
        var seconds = new Option<int>("--seconds") { Description = "How long wrk runs", DefaultValueFactory = _ => 15 };
        var folder = Folder();
        var command = new Command("profiles", "Time working out every local profile, and load the profile page with wrk")
        {
            data,
            seconds,
            folder,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
                await new ProfilesBenchmark(parse.GetValue(data)!, parse.GetValue(seconds), parse.GetValue(folder)!, Console.Out).RunAsync(
                    cancellationToken
                )
        );
        return command;
    }

    private static Command Lait()
    {
        var data = new Option<string>("--data")
        {
            Description = "The folder of LAIT's files (bds_long.csv, its dictionary and neighbour files)",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "lait"),
        };
        var seconds = new Option<int>("--seconds") { Description = "How long wrk runs", DefaultValueFactory = _ => 15 };
        var folder = Folder();
        var command = new Command("lait", "Time LAIT's views for every authority and measure, and load the LA view with wrk")
        {
            data,
            seconds,
            folder,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
                await new LaitBenchmark(parse.GetValue(data)!, parse.GetValue(seconds), parse.GetValue(folder)!, Console.Out).RunAsync(
                    cancellationToken
                )
        );
        return command;
    }

    private static Command Region()
    {
        var indicators = new Option<int>("--indicators") { Description = "Generated indicators", DefaultValueFactory = _ => 50 };
        var seconds = new Option<int>("--seconds") { Description = "How long wrk runs", DefaultValueFactory = _ => 15 };
        var folder = Folder();
        var command = new Command("region", "Time the tartan rug of every authority, and load the regional view with wrk")
        {
            indicators,
            seconds,
            folder,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
                await new RegionBenchmark(
                    parse.GetValue(indicators),
                    parse.GetValue(seconds),
                    parse.GetValue(folder)!,
                    Console.Out
                ).RunAsync(cancellationToken)
        );
        return command;
    }

    private static Command AnnexA()
    {
        var rows = new Option<int>("--rows") { Description = "Rows across the lists", DefaultValueFactory = _ => 150_000 };
        var folder = Folder();
        var command = new Command("annex-a", "Time importing, validating and measuring a large authority's generated Annex A")
        {
            rows,
            folder,
        };
        command.SetAction(
            async (parse, cancellationToken) =>
                await new AnnexABenchmark(parse.GetValue(rows), parse.GetValue(folder)!, Console.Out).RunAsync(cancellationToken)
        );
        return command;
    }
}
