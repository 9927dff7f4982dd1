using Beacon.Data;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Geography;
using Beacon.Import.Pipeline;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Import.Tests.DfeOpenData;

/// <summary>The real DfE files in ../shared/data: every one loads, and loading them again changes nothing.</summary>
public class SharedDataTests
{
    private static readonly string[] TidyFiles =
    [
        "b1_children_in_need_2013_to_2025.csv",
        "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
        "cla_number_and_rate_per_10k_children.csv",
        "d3_cpps_subsequent_plan_2013_to_2025.csv",
        "ks2_la.csv",
        "ks4_la.csv",
        "ons_mid-year_population_estimates_2012_to_2024.csv",
    ];

    [Theory]
    [BothDatabases]
    public async Task Every_DfE_file_loads_and_an_unchanged_reload_changes_nothing(DatabaseProvider provider)
    {
        var folder = SharedData.Require("dfe-children-social-care");
        await using var database = await TestDatabase.CreateAsync(provider);
        var pipeline = new ImportPipeline(new ImportOptions(), TimeProvider.System);

        foreach (var file in TidyFiles)
        {
            var first = await ImportAsync(database, pipeline, Path.Combine(folder, file));
            Assert.True(first.Succeeded, $"{file}: {string.Join("\n", first.Errors.Kept.Take(5))}");
            Assert.True(first.Run!.Inserted > 1000, $"{file}: only {first.Run.Inserted} figures");
        }

        var before = await database.ContentChecksumAsync("import_runs");
        foreach (var file in TidyFiles)
        {
            var again = await ImportAsync(database, pipeline, Path.Combine(folder, file));
            Assert.Equal((file, 0L, 0L), (file, again.Run!.Inserted, again.Run.Updated));
        }

        var after = await database.ContentChecksumAsync("import_runs");
        Assert.Equal(before, after);

        await using var db = database.NewContext();
        var englandLookedAfter = await db.Statistics.SingleAsync(
            s =>
                s.Dataset == "cla_number_and_rate_per_10k_children"
                && s.TimePeriod == "2025"
                && s.GeographicLevel == "National"
                && s.Filters == "population_type=Children looked after on 31 March each year"
                && s.Measure == "children_count",
            TestContext.Current.CancellationToken
        );
        Assert.Equal(81770m, englandLookedAfter.Value);
        Assert.True(
            await db.Statistics.AnyAsync(
                s => s.Dataset == "ks2_la" && s.Symbol == "x" && s.Value == null,
                TestContext.Current.CancellationToken
            )
        );
        Assert.True(await db.Statistics.AnyAsync(s => s.Dataset == "ks2_la" && s.Symbol == "c", TestContext.Current.CancellationToken));
    }

    private static async Task<ImportOutcome> ImportAsync(TestDatabase database, ImportPipeline pipeline, string path)
    {
        await using var db = database.NewContext();
        var format = new DfeOpenDataFormat(DfeOpenDataFormat.DatasetFromFileName(path), LocalAuthorityRegister.Shipped);
        return await pipeline.RunAsync(
            db,
            format,
            path,
            Path.GetFileName(path),
            "tester",
            cancellationToken: TestContext.Current.CancellationToken
        );
    }
}
