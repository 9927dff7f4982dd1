using System.Diagnostics;
using System.Text;
using Beacon.Data;
using Beacon.Import.Tests.TestData;
using Beacon.Testing;

namespace Beacon.Import.Tests.DfeOpenData;

/// <summary>The `beacon import` command as a separate process: exit codes, messages, and a kill half-way.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly DfeFiles _files = new();

    [Theory]
    [MemberData(nameof(BadInputNames))]
    public async Task A_bad_file_exits_non_zero_naming_the_row_column_and_value_and_changes_nothing(string name, DatabaseProvider provider)
    {
        var bad = BadInputCase.Named(name);
        await using var database = await TestDatabase.CreateAsync(provider);
        var existing = await BeaconProcess.RunAsync(Import(database, _files.GoodCsv("existing.csv")));
        Assert.Equal(0, existing.ExitCode);
        var before = await database.ContentChecksumAsync();

        var start = Import(database, bad.Write(_files));
        if (bad.Name == "file over the size limit")
        {
            start.Environment["Beacon__Import__MaxFileBytes"] = BadInputCase.SmallLimit.ToString(
                System.Globalization.CultureInfo.InvariantCulture
            );
        }

        var (exitCode, _, error) = await BeaconProcess.RunAsync(start);

        Assert.Equal(1, exitCode);
        var located = bad.Row == 0 ? "" : $", row {bad.Row}";
        located += bad.Column is null ? "" : $", column '{bad.Column}'";
        located += bad.Value is null ? "" : $", value '{bad.Value}'";
        Assert.Contains(located + ": ", error, StringComparison.Ordinal);
        Assert.Contains(bad.Reason, error, StringComparison.Ordinal);
        Assert.Contains("The database has not been changed.", error, StringComparison.Ordinal);
        Assert.Equal(before, await database.ContentChecksumAsync());
    }

    public static TheoryData<string, DatabaseProvider> BadInputNames
    {
        get
        {
            var data = new TheoryData<string, DatabaseProvider>();
            foreach (var name in BadInputCase.All.Select(c => c.Name))
            {
                data.Add(name, DatabaseProvider.Sqlite);
                data.Add(name, DatabaseProvider.Postgres);
            }

            return data;
        }
    }

    [Theory]
    [InlineData(null, "this format needs a dataset: the academic year of the file as DfE writes it, for example 201819")]
    [InlineData("2019", "'2019' is not a dataset this format can use: give the academic year of the file as DfE writes it")]
    public async Task A_performance_tables_file_without_its_academic_year_is_refused_saying_what_to_pass(string? dataset, string reason)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var file = _files.Csv("ks4_final.csv", ["URN,SCHNAME", "100000,A school"]);
        string[] arguments = dataset is null
            ? ["import", "school-performance-tables", file]
            : ["import", "school-performance-tables", file, "--dataset", dataset];

        var (exitCode, _, error) = await BeaconProcess.RunAsync(
            BeaconProcess.StartInfo(database.Options.ConnectionString, "sqlite", arguments)
        );

        Assert.Equal(1, exitCode);
        Assert.Contains($"ks4_final.csv was not imported: {reason}", error, StringComparison.Ordinal);
        Assert.Contains("Pass it with --dataset.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.Equal(0, await database.CountAsync("import_runs"));
    }

    [Theory]
    [BothDatabases]
    public async Task An_import_killed_half_way_leaves_the_database_as_it_was(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await BeaconProcess.RunAsync(Import(database, _files.GoodCsv("existing.csv")))).ExitCode);
        var before = await database.ContentChecksumAsync();
        var big = _files.Csv("big.csv", [DfeFiles.Header, .. ManyRows(300_000)]);

        using var process = Process.Start(Import(database, big))!;
        var seen = new StringBuilder();
        var writing = await BeaconProcess.WaitForErrorLineAsync(
            process,
            line => line.StartsWith("Writing: ", StringComparison.Ordinal),
            seen
        );
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(writing, "the import never reached its writing stage:\n" + seen);
        Assert.DoesNotContain(
            "Imported",
            await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal(before, await database.ContentChecksumAsync());
    }

    private static ProcessStartInfo Import(TestDatabase database, string path) =>
        BeaconProcess.StartInfo(
            database.Options.ConnectionString,
            database.Provider.ToString().ToLowerInvariant(),
            "import",
            "dfe-open-data",
            path,
            "--dataset",
            "test"
        );

    // Distinct keys: one row per authority, year and group; a figure in every row.
    private static IEnumerable<string> ManyRows(int count)
    {
        var authorities = Beacon.Import.Geography.LocalAuthorityRegister.Shipped.All.Where(a => a.LastYear >= 2025).ToList();
        for (var i = 0; i < count; i++)
        {
            var authority = authorities[i % authorities.Count];
            yield return $"2025,Reporting year,Local authority,E92000001,England,,,{authority.OldCode},{authority.NewCode},\"{authority.Name}\",group {i / authorities.Count},{i % 997},{i % 89}";
        }
    }

    public void Dispose() => _files.Dispose();
}
