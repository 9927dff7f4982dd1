using Beacon.Application.Benchmarking;
using Beacon.Data;
using Beacon.Import.Benchmarking;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Geography;
using Beacon.Testing;

namespace Beacon.Application.Tests.Benchmarking;

/// <summary>A DfE file Beacon has never seen, in the same layout, becomes indicators by adding definitions only.</summary>
public sealed class NewIndicatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-new-indicator-").FullName;

    [Theory]
    [BothDatabases]
    public async Task A_new_file_and_its_definitions_make_a_ranked_indicator_without_code_changes(DatabaseProvider provider)
    {
        var data = Write(
            "care_leavers_in_touch.csv",
            """
            time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,age_group,in_touch_percent,in_touch_count
            2025,Financial year,National,E92000001,England,,,,,,Aged 19 to 21,91,41000
            2025,Financial year,Local authority,E92000001,England,E12000001,North East,805,Hartlepool,E06000001,Aged 19 to 21,95,120
            2025,Financial year,Local authority,E92000001,England,E12000002,North West,876,Halton,E06000006,Aged 19 to 21,88,90
            2025,Financial year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,372,Rotherham,E08000018,Aged 19 to 21,c,c
            2025,Financial year,Local authority,E92000001,England,E12000001,North East,806,Middlesbrough,E06000002,Aged 19 to 21,95,140
            2025,Financial year,Local authority,E92000001,England,E12000001,North East,805,Hartlepool,E06000001,Aged 17 to 18,99,50
            """
        );
        var definitions = Write(
            "definitions.csv",
            """
            code,name,dataset,filters,measure,unit,polarity,decimals
            care_in_touch,"Care leavers aged 19 to 21 the authority is in touch with",care_leavers_in_touch,age_group=Aged 19 to 21,in_touch_percent,%,HigherIsBetter,0
            """
        );
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.True(
            (
                await TestImports.RunAsync(database, new DfeOpenDataFormat("care_leavers_in_touch", LocalAuthorityRegister.Shipped), data)
            ).Succeeded
        );
        await using (var db = database.NewContext())
        {
            Assert.Null((await BenchmarkLoader.LoadAsync(db, TestContext.Current.CancellationToken)).Find("care_in_touch"));
        }

        var imported = await TestImports.RunAsync(database, new BenchmarkIndicatorsFormat(), definitions);
        var again = await TestImports.RunAsync(database, new BenchmarkIndicatorsFormat(), definitions);
        await using var read = database.NewContext();
        var set = await BenchmarkLoader.LoadAsync(read, TestContext.Current.CancellationToken);

        Assert.Equal((1L, 0L, 1L), (imported.Run!.Inserted, again.Run!.Inserted, again.Run.Unchanged));
        var ranks = set.Ranks("care_in_touch", 2025);
        // Hartlepool and Middlesbrough tie at 95 and share rank 1; Halton is 3rd; Rotherham's "c" is not ranked.
        Assert.Equal(
            [("805", 1, 'B'), ("806", 1, 'B'), ("876", 3, 'D')],
            ranks.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value.Rank, r.Value.Band))
        );
        var rotherham = set.Line("372", "care_in_touch", 2025)!;
        Assert.Equal("c", rotherham.Figure.Symbol);
        Assert.Null(rotherham.Place);
        Assert.Equal(91m, set.Line("805", "care_in_touch", 2025)!.England.Value);
    }

    [Theory]
    [BothDatabases]
    public async Task A_definition_that_picks_out_no_series_or_several_is_refused_naming_what_the_data_holds(DatabaseProvider provider)
    {
        var data = Write(
            "care_leavers_in_touch.csv",
            """
            time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,age_group,in_touch_percent
            2025,Financial year,Local authority,E92000001,England,E12000001,North East,805,Hartlepool,E06000001,Aged 19 to 21,95
            2025,Financial year,Local authority,E92000001,England,E12000001,North East,805,Hartlepool,E06000001,Aged 17 to 18,99
            """
        );
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.True(
            (
                await TestImports.RunAsync(database, new DfeOpenDataFormat("care_leavers_in_touch", LocalAuthorityRegister.Shipped), data)
            ).Succeeded
        );
        async Task<(long Row, string? Column, string? Value, string Reason)> RefusedAsync(string line)
        {
            var outcome = await TestImports.RunAsync(
                database,
                new BenchmarkIndicatorsFormat(),
                Write("definitions.csv", "code,name,dataset,filters,measure,unit,polarity\n" + line)
            );
            Assert.Null(outcome.Run);
            var error = Assert.Single(outcome.Errors.Kept);
            return (error.Row, error.Column, error.Value, error.Reason);
        }

        var dataset = await RefusedAsync(
            "in_touch,In touch,care_leavers_intouch,age_group=Aged 19 to 21,in_touch_percent,%,HigherIsBetter"
        );
        var measure = await RefusedAsync(
            "in_touch,In touch,care_leavers_in_touch,age_group=Aged 19 to 21,In_Touch_Percent,%,HigherIsBetter"
        );
        var value = await RefusedAsync("in_touch,In touch,care_leavers_in_touch,age_group=Aged 19-21,in_touch_percent,%,HigherIsBetter");
        var several = await RefusedAsync("in_touch,In touch,care_leavers_in_touch,,in_touch_percent,%,HigherIsBetter");

        Assert.Equal((2L, "dataset", "care_leavers_intouch"), (dataset.Row, dataset.Column, dataset.Value));
        Assert.Equal("the dataset has no measure of this name; did you mean in_touch_percent?", measure.Reason);
        Assert.Equal(
            (
                "filters",
                "age_group=Aged 19-21",
                "no row of the measure has age_group = Aged 19-21; its values are: Aged 17 to 18, Aged 19 to 21"
            ),
            (value.Column, value.Value, value.Reason)
        );
        Assert.Equal("these filters match 2 groups of rows; add age_group to choose one: Aged 17 to 18, Aged 19 to 21", several.Reason);
        await using var db = database.NewContext();
        Assert.Equal(0, db.BenchmarkIndicators.Count());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n");
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
