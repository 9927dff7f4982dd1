using Beacon.Data;
using Beacon.Import.AnnexA;
using Beacon.Testing;

namespace Beacon.Import.Tests.AnnexA;

/// <summary>`beacon import annex-a` as an officer runs it, on a fresh database of each engine.</summary>
public sealed class AnnexAImportCommandTests
{
    [Theory]
    [BothDatabases]
    public async Task The_sample_extract_imports_from_the_command_line_with_every_row_and_issue_the_reader_found(DatabaseProvider provider)
    {
        var sample = SharedData.Require("annex-a", "Annex_A_sample.xlsx");
        await using var database = await TestDatabase.CreateAsync(provider);
        var reading = AnnexAReader.Read(sample, AnnexAMap.Shipped);

        var (exitCode, output, error) = await BeaconProcess.RunAsync(
            BeaconProcess.StartInfo(database.Options.ConnectionString, provider.ToString().ToLowerInvariant(), "import", "annex-a", sample)
        );

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        // The counts the reader gives in this process, whatever the engine: PostgreSQL stores what SQLite stores.
        Assert.Equal(reading.Rows.Count, await database.CountAsync("annex_a_records"));
        Assert.Equal(reading.Fixes.Count + reading.Problems.Count, await database.CountAsync("annex_a_issues"));
        Assert.Equal(1, await database.CountAsync("import_runs"));
    }
}
