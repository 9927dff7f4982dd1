using Beacon.Application.Benchmarking;
using Beacon.Data;
using Beacon.Import.Benchmarking;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Geography;
using Beacon.Reports.Benchmarking;
using Beacon.Testing;

namespace Beacon.Application.Tests.Benchmarking;

/// <summary>
/// A social work workforce file (CSWW) as DfE publishes it, loaded unchanged: ONS's newer codes for Barnsley and
/// Sheffield, and shared services reporting two councils in one row. A shared row shows on both councils' profiles,
/// marked as shared, and is never ranked among authorities.
/// </summary>
public sealed class SharedServiceProfileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-shared-service-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [BothDatabases]
    public async Task A_shared_services_figure_shows_on_both_councils_profiles_marked_as_shared_and_is_not_ranked(DatabaseProvider provider)
    {
        var data = Write(
            "csww.csv",
            """
            time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,old_la_code,la_name,turnover_rate
            2025,Reporting year,National,E92000001,England,,,,,,16.5
            2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000038,370,Barnsley,12.0
            2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000039,373,Sheffield,18.0
            2025,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,E06000061 / E06000062,940 / 941,North Northamptonshire / West Northamptonshire,21.0
            2025,Reporting year,Local authority,E92000001,England,E13000002,Outer London,,314 / 318,Kingston upon Thames / Richmond upon Thames,9.0
            2025,Reporting year,Local authority,E92000001,England,E12000001,North East,E06000001,805,Hartlepool,15.0
            """
        );
        var definitions = Write(
            "definitions.csv",
            """
            code,name,dataset,filters,measure,unit,polarity,decimals
            sw_turnover,"Social worker turnover rate",csww,,turnover_rate,%,LowerIsBetter,1
            """
        );
        await using var database = await TestDatabase.CreateAsync(provider);
        var loaded = await TestImports.RunAsync(database, new DfeOpenDataFormat("csww", LocalAuthorityRegister.Shipped), data);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors.Kept));
        Assert.True((await TestImports.RunAsync(database, new BenchmarkIndicatorsFormat(), definitions)).Succeeded);
        await using var db = database.NewContext();
        var set = await BenchmarkLoader.LoadAsync(db, TestContext.Current.CancellationToken);

        var north = set.Line("940", "sw_turnover", 2025)!;
        var west = set.Line("941", "sw_turnover", 2025)!;
        var kingston = set.Line("314", "sw_turnover", 2025)!;

        Assert.Equal((21.0m, "West Northamptonshire"), (north.Shared!.Figure.Value, north.Shared.With.Single()));
        Assert.Equal((21.0m, "North Northamptonshire"), (west.Shared!.Figure.Value, west.Shared.With.Single()));
        Assert.Equal("9.0 (shared service with Richmond upon Thames; not ranked)", ProfileTable.Row(kingston)[3]);
        Assert.Equal("21.0 (shared service with West Northamptonshire; not ranked)", ProfileTable.Row(north)[3]);
        Assert.Null(north.Place);
        // Barnsley (12.0, under its newer code) ranks first of the three authorities with their own figure.
        Assert.Equal(
            [("370", 1), ("805", 2), ("373", 3)],
            set.Ranks("sw_turnover", 2025).OrderBy(r => r.Value.Rank).Select(r => (r.Key, r.Value.Rank))
        );
        Assert.Contains(set.Profile("941", 2025), l => l.Indicator.Code == "sw_turnover" && l.Shared is not null);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
