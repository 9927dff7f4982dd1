using System.Diagnostics;
using Beacon.Application.Finance;
using Beacon.Data;
using Beacon.Data.Finance;
using Beacon.Domain.Periods;

namespace Beacon.Cli.Bench;

/// <summary>
/// How long an officer's save waits while a large file imports: a financial commentary saved every 250 ms, each in
/// its own unit of work as a web request would, from the import's start to its end, on SQLite (and PostgreSQL
/// when given). Each save's wait is timed from its start to its commit.
/// </summary>
internal sealed class WriteWaitBenchmark(int rows, string folder, TextWriter output)
{
    public async Task RunAsync(string? postgres, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var csv = BenchmarkFile.InFolder(folder, rows);

        var file = Path.Combine(folder, "bench-write-wait.db");
        SqliteFiles.Delete(file);
        await MeasureAsync(
            "SQLite",
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" },
            csv,
            cancellationToken
        );
        if (postgres is null)
        {
            output.WriteLine("PostgreSQL: skipped (give --postgres or set BEACON_TEST_POSTGRES)");
            return;
        }

        var name = $"beacon_wait_{Environment.ProcessId}";
        await PostgresDatabase.CreateAsync(postgres, name, cancellationToken);
        try
        {
            await MeasureAsync("PostgreSQL", PostgresDatabase.Options(postgres, name), csv, cancellationToken);
        }
        finally
        {
            await PostgresDatabase.DropAsync(postgres, name, cancellationToken);
        }
    }

    private async Task MeasureAsync(string engine, DatabaseOptions options, string csv, CancellationToken cancellationToken)
    {
        Department department;
        await using (var db = BeaconDatabase.CreateContext(options))
        {
            await BeaconDatabase.MigrateAsync(db, cancellationToken);
            department = new Department
            {
                Code = "CFS",
                Name = "Children and Families",
                LeadOfficerInitials = "TC",
            };
            db.Departments.Add(department);
            await db.SaveChangesAsync(cancellationToken);
        }

        var importClock = Stopwatch.StartNew();
        var import = Task.Run(
            async () =>
            {
                await using var db = BeaconDatabase.CreateContext(options);
                return await BenchmarkFile.ImportAsync(db, csv, "bench_wait", cancellationToken);
            },
            cancellationToken
        );
        var waits = new List<double>();
        var quarter = new FinancialQuarter(2013, 1);
        while (!import.IsCompleted)
        {
            await using var db = BeaconDatabase.CreateContext(options);
            var save = Stopwatch.StartNew();
            await new FinanceCommentaryRecorder(db).SetAsync(department, quarter, $"Commentary {waits.Count}", cancellationToken);
            waits.Add(save.Elapsed.TotalMilliseconds);
            await Task.Delay(250, cancellationToken);
        }

        var outcome = await import;
        importClock.Stop();
        waits.Sort();
        output.WriteLine(
            $"{engine}: {rows:N0}-row import {(outcome.Succeeded ? "" : "REJECTED ")}took {importClock.Elapsed.TotalSeconds:N1} s; "
                + $"{waits.Count} commentary saves during it waited p50 {Percentile(waits, 50):N0} ms, p95 {Percentile(waits, 95):N0} ms, longest {waits[^1]:N0} ms; "
                + $"{Environment.ProcessorCount} cores"
        );
    }

    private static double Percentile(List<double> sorted, int percent) => sorted[Math.Min(sorted.Count - 1, sorted.Count * percent / 100)];
}
