using System.Diagnostics;
using System.Globalization;
using Beacon.Data;
using Beacon.Import.AnnexA;
using Beacon.Import.Pipeline;
using Beacon.Reports.Tables;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Cli.Bench;

/// <summary>
/// A large authority's Annex A (issue 7): a generated workbook of every list, 150,000 rows by default, with codes in
/// other forms and dates as text, imported into a new SQLite database (read, cleaned, validated, written in one
/// transaction), then every practice measure computed from it. Target: under 5 seconds for all of it.
/// </summary>
internal sealed class AnnexABenchmark(int rows, string folder, TextWriter output)
{
    // Rough shares of a year's Annex A for a large authority: contacts and children in need dominate.
    private static readonly (int List, double Share)[] Shares =
    [
        (1, 0.27),
        (2, 0.05),
        (3, 0.16),
        (4, 0.13),
        (5, 0.05),
        (6, 0.16),
        (7, 0.04),
        (8, 0.07),
        (9, 0.04),
        (10, 0.02),
        (11, 0.01),
    ];

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var workbook = Path.Combine(folder, "bench-annex-a.xlsx");
        Generate(workbook);
        // The first run includes the JIT's compiling of every reader; the next three are the steady state.
        var runs = new List<(TimeSpan Import, TimeSpan All)>();
        int measures = 0;
        for (var run = 0; run < 4; run++)
        {
            var options = await NewDatabaseAsync($"bench-annex-a-{run}.db", cancellationToken);

            // The generator's garbage is not the import's: a fresh import starts on a clean heap.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            await using (var db = BeaconDatabase.CreateContext(options))
            {
                var outcome = await new ImportPipeline(new ImportOptions(), TimeProvider.System).RunAsync(
                    db,
                    new AnnexAFormat(AnnexAMap.Shipped),
                    workbook,
                    "bench-annex-a.xlsx",
                    "bench",
                    cancellationToken: cancellationToken
                );
                if (!outcome.Succeeded)
                {
                    output.WriteLine(string.Join("; ", outcome.Errors.Kept));
                    return 1;
                }
            }

            var imported = clock.Elapsed;
            // The import computes every measure from the rows it read and records them in its transaction.
            await using (var db = BeaconDatabase.CreateContext(options))
            {
                measures = await db.PracticeMeasureResults.CountAsync(cancellationToken);
            }

            runs.Add((imported, clock.Elapsed));
        }

        var fresh = await FreshProcessAsync(workbook, cancellationToken);
        if (fresh is null)
        {
            return 1;
        }

        var warm = runs.Skip(1).OrderBy(r => r.All).ToList();
        var median = warm[warm.Count / 2];
        output.WriteLine(
            $"Annex A: {rows:N0} rows across 11 lists imported, cleaned and validated into SQLite, then {measures} practice measures computed. "
                + $"First run (with the JIT): {runs[0].All.TotalMilliseconds:N0} ms; steady state, median of {warm.Count}: {median.All.TotalMilliseconds:N0} ms "
                + $"(import {median.Import.TotalMilliseconds:N0} ms), worst {warm[^1].All.TotalMilliseconds:N0} ms; "
                + $"`beacon import annex-a` in a fresh process, start to exit: {fresh.Value.TotalMilliseconds:N0} ms (target: under 5,000 ms); {Environment.ProcessorCount} cores"
        );
        return 0;
    }

    // An empty, migrated SQLite database in the bench's folder.
    private async Task<DatabaseOptions> NewDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        var file = Path.Combine(folder, name);
        SqliteFiles.Delete(file);
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" };
        await using var db = BeaconDatabase.CreateContext(options);
        await BeaconDatabase.MigrateAsync(db, cancellationToken);
        return options;
    }

    // What an officer running the command waits for: the runtime starting, the database opened, the import, the exit.
    private async Task<TimeSpan?> FreshProcessAsync(string workbook, CancellationToken cancellationToken)
    {
        var connection = (await NewDatabaseAsync("bench-annex-a-fresh.db", cancellationToken)).ConnectionString;

        // This same build of Beacon: its own executable, or the dotnet host with its assembly.
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(AnnexABenchmark).Assembly.Location);
        }

        foreach (var argument in new[] { "import", "annex-a", workbook, "--connection", connection })
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var elapsed = clock.Elapsed;
        if (process.ExitCode != 0)
        {
            output.WriteLine($"`beacon import annex-a` failed ({process.ExitCode}): {await errors}");
            return null;
        }

        return elapsed;
    }

    private void Generate(string path)
    {
        var random = new Random(11);
        var start = new DateOnly(2024, 4, 1);
        string Date(DateOnly d, int i) =>
            (i % 3) switch
            {
                0 => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                1 => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture),
            };
        var sheets = Shares.Select(s =>
        {
            var list = AnnexAMap.Shipped.Lists.First(l => l.Number == s.List);
            var count = (int)(rows * s.Share);
            IEnumerable<string[]> Rows()
            {
                for (var i = 0; i < count; i++)
                {
                    var child = (100000 + random.Next(rows)).ToString(CultureInfo.InvariantCulture);
                    var begun = start.AddDays(random.Next(300));
                    yield return list
                        .Columns.Select(c =>
                            c.Kind switch
                            {
                                "Id" => child,
                                "Date" when c.Name.Contains("Birth", StringComparison.Ordinal) => Date(
                                    begun.AddYears(-random.Next(1, 17)),
                                    i
                                ),
                                "Date" => Date(
                                    begun.AddDays(list.InOrder.Count == 2 && c.Name == list.InOrder[1] ? random.Next(5, 70) : 0),
                                    i
                                ),
                                "Number" => random.Next(0, 4).ToString(CultureInfo.InvariantCulture),
                                "Code" when c.Values == "gender" => (i % 4) switch
                                {
                                    0 => "Male",
                                    1 => "F",
                                    2 => "a) Male",
                                    _ => "2",
                                },
                                "Code" when c.Values == "yes-no" => i % 2 == 0 ? "Yes" : "b) No",
                                "Code" => AnnexAMap.Shipped.ValueSets[c.Values!][i % AnnexAMap.Shipped.ValueSets[c.Values!].Count].Code,
                                _ => "Team " + (i % 12).ToString(CultureInfo.InvariantCulture),
                            }
                        )
                        .ToArray();
                }
            }

            return ($"List {s.List}", (IReadOnlyList<string>)list.Columns.Select(c => c.Name).ToList(), Rows());
        });
        using var stream = File.Create(path);
        TableExports.Xlsx(sheets, stream);
    }
}
