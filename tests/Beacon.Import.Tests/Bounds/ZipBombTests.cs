using Beacon.Data;
using Beacon.Import.AnnexA;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Pipeline;
using Beacon.Import.Tabular;
using Beacon.Import.Tests.TestData;
using Beacon.Testing;

namespace Beacon.Import.Tests.Bounds;

/// <summary>Files of a megabyte that inflate to a gigabyte are refused, with the limit named, without inflating them.</summary>
public sealed class ZipBombTests(ZipBombTests.Bombs bombs) : IClassFixture<ZipBombTests.Bombs>
{
    [Fact]
    public void A_workbook_whose_shared_strings_inflate_to_a_gigabyte_is_refused_without_holding_them()
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var opened = TabularReader.Open(bombs.SharedStrings);

        Assert.False(opened.Succeeded);
        Assert.Contains("would inflate to more than 536,870,912 bytes", opened.Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("Beacon:Import:MaxInflatedBytes", opened.Problem.Message, StringComparison.Ordinal);
        Assert.True(new FileInfo(bombs.SharedStrings).Length < 5_000_000);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, 64L * 1024 * 1024);
    }

    [Fact]
    public void A_workbook_sharing_more_strings_than_the_limit_is_refused_naming_the_limit()
    {
        using var limits = new ImportOptions { MaxSharedStrings = 1000 }.Apply();

        var opened = TabularReader.Open(bombs.SharedStrings);

        Assert.Contains(
            "shares more than 1,000 strings between its cells, the limit (Beacon:Import:MaxSharedStrings)",
            opened.Problem!.Message,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [BothDatabases]
    public async Task An_annex_a_zip_holding_a_gigabyte_csv_is_refused_before_anything_is_extracted_or_written(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await database.ContentChecksumAsync();

        var outcome = await TestImports.RunAsync(database, new AnnexAFormat(AnnexAMap.Shipped), bombs.Csv);

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Errors.Kept);
        Assert.Contains(
            "would inflate to more than 536,870,912 bytes (reached in List 1 - Contacts.csv)",
            error.Reason,
            StringComparison.Ordinal
        );
        Assert.Equal(before, await database.ContentChecksumAsync());
    }

    [Theory]
    [BothDatabases]
    public async Task A_shared_strings_bomb_uploaded_as_dfe_open_data_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await database.ContentChecksumAsync();

        var outcome = await TestImports.RunAsync(
            database,
            new DfeOpenDataFormat("bomb", Geography.LocalAuthorityRegister.Shipped, null),
            bombs.SharedStrings
        );

        Assert.Contains("Beacon:Import:MaxInflatedBytes", Assert.Single(outcome.Errors.Kept).Reason, StringComparison.Ordinal);
        Assert.Equal(before, await database.ContentChecksumAsync());
    }

    /// <summary>The two bombs, made once for the class: each takes a few seconds to deflate.</summary>
    public sealed class Bombs : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("beacon-bombs").FullName;

        public Bombs()
        {
            SharedStrings = ZipBombs.SharedStrings(_folder);
            Csv = ZipBombs.Csv(_folder);
        }

        public string SharedStrings { get; }

        public string Csv { get; }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
