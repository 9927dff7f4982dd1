using Beacon.Data;
using Beacon.Import.Tests.TestData;
using Beacon.Testing;

namespace Beacon.Import.Tests.DfeOpenData;

/// <summary>
/// `beacon import` once accounts exist: it names the account it imports as, and that account must be allowed to
/// edit what the format writes, as on the upload page.
/// </summary>
public sealed class ImportAsAccountTests : IDisposable
{
    private readonly DfeFiles _files = new();

    [Theory]
    [BothDatabases]
    public async Task The_command_imports_only_as_a_named_account_allowed_to_edit_what_the_format_writes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var added = await Beacon(database, "users", "add", "--user-name", "adviser", "--role", "SchoolImprovementOfficer");
        Assert.Equal(0, added.ExitCode);
        var values = Path.Combine(Path.GetTempPath(), $"values-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(values, "indicator,quarter,value\nCS1,2013/14 Q1,999999\n", TestContext.Current.CancellationToken);
        var before = await database.ContentChecksumAsync();

        var unnamed = await Beacon(database, "import", "dfe-open-data", _files.GoodCsv("good.csv"), "--dataset", "test");
        var notAllowed = await Beacon(database, "import", "indicator-values", values, "--as", "adviser");
        var unchanged = await database.ContentChecksumAsync();
        var allowed = await Beacon(database, "import", "dfe-open-data", _files.GoodCsv("good.csv"), "--dataset", "test", "--as", "adviser");
        File.Delete(values);

        Assert.Equal(1, unnamed.ExitCode);
        Assert.Contains("name the account you import as with --as", unnamed.Error, StringComparison.Ordinal);
        Assert.Equal(1, notAllowed.ExitCode);
        Assert.Contains("adviser may not import indicator-values", notAllowed.Error, StringComparison.Ordinal);
        Assert.Equal(before, unchanged);
        Assert.Equal(0, allowed.ExitCode);
        await using var db = database.NewContext();
        Assert.Equal("adviser", db.ImportRuns.Single().ImportedBy);
    }

    public void Dispose() => _files.Dispose();

    private static Task<(int ExitCode, string Output, string Error)> Beacon(TestDatabase database, params string[] arguments) =>
        BeaconProcess.RunAsync(
            BeaconProcess.StartInfo(database.Options.ConnectionString, database.Provider.ToString().ToLowerInvariant(), arguments)
        );
}
