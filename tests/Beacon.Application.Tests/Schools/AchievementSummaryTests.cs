using System.Globalization;
using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Domain.Achievement;
using Beacon.Import.DfeOpenData;
using Beacon.Import.Geography;
using Beacon.Import.Pipeline;
using Beacon.Import.Schools;
using Beacon.Reports.Schools;
using Beacon.Testing;
using CsvHelper;

namespace Beacon.Application.Tests.Schools;

/// <summary>The achievement summary from DfE open data and school-level files, checked against the files themselves.</summary>
public sealed class AchievementSummaryTests : IDisposable
{
    private const string Hartlepool = "E06000001";

    private readonly string _folder = Directory.CreateTempSubdirectory("beacon-achievement-").FullName;

    [Theory]
    [BothDatabases]
    public async Task Each_measure_matches_the_published_file_for_the_authority_and_England_with_the_change_where_comparable(
        DatabaseProvider provider
    )
    {
        var ks2 = SharedData.Require("dfe-children-social-care", "ks2_la.csv");
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.True((await ImportAsync(database, new DfeOpenDataFormat("ks2_la", LocalAuthorityRegister.Shipped), ks2)).Succeeded);

        await using var db = database.NewContext();
        var summary = (
            await AchievementSummaryBuilder.LoadAsync(
                db,
                Hartlepool,
                2022,
                AchievementCatalog.Shipped,
                TestContext.Current.CancellationToken
            )
        ).Value;

        var published = Published(ks2, "pt_rwm_met_expected_standard");
        var row = summary.Rows.Single(r => r.Measure.Code == "ks2_rwm_exp" && r.Group == "CLA 12 months at 31 March");
        Assert.Equal("Hartlepool", summary.AreaName);
        Assert.Equal(published[("202223", Hartlepool, "CLA 12 months at 31 March")], Cell(row.Value, row.Symbol));
        Assert.Equal(published[("202223", "E92000001", "CLA 12 months at 31 March")], row.England?.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("North East", summary.RegionName);
        Assert.Equal(published[("202223", "E12000001", "CLA 12 months at 31 March")], Cell(row.Region, null));
        var before = published[("202122", Hartlepool, "CLA 12 months at 31 March")];
        Assert.Equal(
            row.Value is { } now && decimal.TryParse(before, CultureInfo.InvariantCulture, out var then) ? now - then : null,
            row.Change
        );
    }

    [Theory]
    [BothDatabases]
    public async Task The_statistical_neighbours_average_is_of_the_ten_neighbours_with_a_figure(DatabaseProvider provider)
    {
        var ks2 = SharedData.Require("dfe-children-social-care", "ks2_la.csv");
        var model = SharedData.Require("dfe-children-social-care", "sn_model_2025_wide.csv");
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.True((await ImportAsync(database, new DfeOpenDataFormat("ks2_la", LocalAuthorityRegister.Shipped), ks2)).Succeeded);
        Assert.True((await ImportAsync(database, new Beacon.Import.Benchmarking.StatisticalNeighboursFormat(2025), model)).Succeeded);
        // Hartlepool's ten neighbours in the 2025 model, as old codes, read here from the file.
        var neighbours = File.ReadLines(model)
            .Single(l => l.StartsWith("805,", StringComparison.Ordinal))
            .Split(',')
            .Skip(4)
            .Where((_, i) => i % 2 == 0)
            .ToList();
        await using var db = database.NewContext();

        var summary = (
            await AchievementSummaryBuilder.LoadAsync(
                db,
                Hartlepool,
                2023,
                AchievementCatalog.Shipped,
                TestContext.Current.CancellationToken
            )
        ).Value;

        var published = Published(ks2, "pt_rwm_met_expected_standard");
        var theirs = neighbours
            .Select(n =>
                published.GetValueOrDefault(("202324", LocalAuthorityRegister.Shipped.FindByOldCode(n)!.NewCode, "CINO at 31 March"))
            )
            .Select(v => decimal.TryParse(v, CultureInfo.InvariantCulture, out var d) ? d : (decimal?)null)
            .OfType<decimal>()
            .ToList();
        var row = summary.Rows.Single(r => r.Measure.Code == "ks2_rwm_exp" && r.Group == "CINO at 31 March");
        Assert.Equal(10, neighbours.Count);
        Assert.NotEmpty(theirs);
        Assert.Equal(theirs.Average(), row.Neighbours);
    }

    [Theory]
    [BothDatabases]
    public async Task Gaps_come_out_signed_and_in_points_and_a_suppressed_group_gives_no_gap(DatabaseProvider provider)
    {
        const string header =
            "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,breakdown,pt_rwm_met_expected_standard";
        string Row(string year, bool england, string group, string value) =>
            england
                ? $"{year},Academic year,National,E92000001,England,,,,,,{group},{value}"
                : $"{year},Academic year,Local authority,E92000001,England,E12000001,North East,805,{Hartlepool},Hartlepool,{group},{value}";
        var file = Path.Combine(_folder, "ks2_characteristics.csv");
        File.WriteAllLines(
            file,
            [
                header,
                Row("201718", false, "Girls", "70"),
                Row("201718", false, "Boys", "60"),
                Row("201819", false, "Girls", "68"),
                Row("201819", false, "Boys", "62"),
                Row("201819", false, "Disadvantaged", "c"),
                Row("201819", false, "Not disadvantaged", "70"),
                Row("201819", true, "Girls", "69"),
                Row("201819", true, "Boys", "61"),
                Row("201819", true, "Disadvantaged", "51"),
                Row("201819", true, "Not disadvantaged", "71"),
            ]
        );
        await using var database = await TestDatabase.CreateAsync(provider);
        var imported = await ImportAsync(database, new DfeOpenDataFormat("ks2_characteristics", LocalAuthorityRegister.Shipped), file);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors.Kept));

        await using var db = database.NewContext();
        var summary = (
            await AchievementSummaryBuilder.LoadAsync(
                db,
                Hartlepool,
                2018,
                AchievementCatalog.Shipped,
                TestContext.Current.CancellationToken
            )
        ).Value;

        var gender = summary.Gaps.Single(g => g.Kind.StartsWith("Gender", StringComparison.Ordinal));
        Assert.Equal((6m, 10m, GapTrend.Narrowed, 8m), (gender.Gap, gender.LastYear, gender.Trend, gender.England));
        var disadvantage = summary.Gaps.Single(g => g.Kind.StartsWith("Disadvantage", StringComparison.Ordinal));
        // Hartlepool's disadvantaged figure is suppressed: no gap, not a 70-point one.
        Assert.Equal((null, 20m), (disadvantage.Gap, disadvantage.England));
        var suppressed = summary.Rows.Single(r => r.Group == "Disadvantaged");
        Assert.Equal((null, "c"), (suppressed.Value, suppressed.Symbol));

        // The same figures in both reports: the symbol, not a zero; the gap in points with its sign.
        using var stream = new MemoryStream();
        AchievementSummaryDocx.Write(summary, "Northmoor", new DateOnly(2013, 10, 1), stream);
        stream.Position = 0;
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        var html = AchievementSummaryHtml.Write(summary, "Northmoor");
        Assert.Empty(
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(
                document,
                TestContext.Current.CancellationToken
            )
        );
        Assert.Contains("Pupil Achievement Summary 2018/19: Hartlepool", text, StringComparison.Ordinal);
        Assert.Contains("Gender (girls less boys)+6 pts+10 ptsNarrowed+8 pts", text, StringComparison.Ordinal);
        Assert.Contains("<td>Disadvantaged</td><td class=\"num\">c</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task Early_years_phonics_and_key_stage_1_read_from_DfEs_layouts_with_their_groups_and_gaps(DatabaseProvider provider)
    {
        const string place =
            "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name";
        string Where(string year, bool england) =>
            england
                ? $"{year},Academic year,National,E92000001,England,,,,,"
                : $"{year},Academic year,Local authority,E92000001,England,E12000001,North East,805,{Hartlepool},Hartlepool";
        // Key stage 1 as DfE publishes it: a topic, its breakdown, the school type and gender, each row mostly totals.
        var ks1 = Write(
            "ks1_regional_and_local_authority_2016_to_2023.csv",
            place
                + ",breakdown_topic,breakdown,school_type,gender,t_readta_eligible_pupils,pt_readta_met_expected_standard,pt_writta_met_expected_standard,pt_matta_met_expected_standard",
            Where("202122", false) + ",All pupils,Total,State-funded schools,Total,1120,66,55,68",
            Where("202122", false) + ",All pupils,Total,State-funded schools,Girls,550,70,62,70",
            Where("202122", false) + ",All pupils,Total,State-funded schools,Boys,570,62,48,66",
            Where("202223", false) + ",All pupils,Total,State-funded schools,Total,1100,68,58,70",
            Where("202223", false) + ",All pupils,Total,State-funded schools,Girls,540,73,65,71",
            Where("202223", false) + ",All pupils,Total,State-funded schools,Boys,560,63,51,69",
            Where("202223", false) + ",Disadvantage,Disadvantaged,State-funded schools,Total,380,55,44,57",
            Where("202223", false) + ",Disadvantage,Not disadvantaged,State-funded schools,Total,720,74,64,76",
            Where("202223", false) + ",Disadvantage,Disadvantaged,State-funded schools,Girls,180,60,50,58",
            Where("202223", true) + ",All pupils,Total,State-funded schools,Total,600000,68,60,70",
            Where("202223", true) + ",All pupils,Total,State-funded schools,Girls,295000,73,66,72",
            Where("202223", true) + ",All pupils,Total,State-funded schools,Boys,305000,63,54,68"
        );
        // Key stage 2 writing has the same column name; this file names no key stage, so it is KS2's.
        var ks2 = Write("northmoor_results.csv", place + ",pt_writta_met_expected_standard", Where("202223", false) + ",71");
        var phonics = Write(
            "phonics_y1_regional_and_local_authority_2012_to_2023.csv",
            place
                + ",breakdown_topic,breakdown,gender,t_phonics_y1_eligible_pupils,t_phonics_y1_met_expected_standard,pt_phonics_y1_met_expected_standard",
            Where("202122", false) + ",All pupils,Total,Total,1150,874,76",
            Where("202223", false) + ",All pupils,Total,Total,1130,904,80",
            Where("202223", false) + ",All pupils,Total,Girls,550,457,83",
            Where("202223", false) + ",All pupils,Total,Boys,580,447,77",
            Where("202223", false) + ",Disadvantage,Disadvantaged,Total,c,c,c",
            Where("202223", false) + ",Disadvantage,Not disadvantaged,Total,760,638,84"
        );
        var eyfs = Write(
            "1_eyfsp_headline_measures_2022_2023.csv",
            place + ",characteristic_type,characteristic,gender,children_number,gld_number,gld_percentage",
            Where("202122", false) + ",Total,Total,Total,1200,756,63.0",
            Where("202223", false) + ",Total,Total,Total,1180,773,65.5",
            Where("202223", false) + ",Free school meals,FSM eligible,Total,300,159,53.0",
            Where("202223", false) + ",Free school meals,All other,Total,880,614,69.8"
        );
        await using var database = await TestDatabase.CreateAsync(provider);
        // Each file filed under its own name, as DfE's downloads are by default.
        async Task LoadFileAsync(string file)
        {
            var format = new DfeOpenDataFormat(Path.GetFileNameWithoutExtension(file), LocalAuthorityRegister.Shipped);
            var imported = await ImportAsync(database, format, file);
            Assert.True(imported.Succeeded, string.Join("; ", imported.Errors.Kept));
        }

        async Task<AchievementSummary> SummaryAsync(int year)
        {
            await using var db = database.NewContext();
            return (
                await AchievementSummaryBuilder.LoadAsync(
                    db,
                    Hartlepool,
                    year,
                    AchievementCatalog.Shipped,
                    TestContext.Current.CancellationToken
                )
            ).Value;
        }

        foreach (var file in new[] { ks1, ks2, phonics, eyfs })
        {
            await LoadFileAsync(file);
        }

        var summary = await SummaryAsync(2022);

        AchievementRow Row(string code, string group) => summary.Rows.Single(r => r.Measure.Code == code && r.Group == group);
        AchievementGap Gap(string code, string kind) =>
            summary.Gaps.Single(g => g.Measure.Code == code && g.Kind.StartsWith(kind, StringComparison.Ordinal));
        var reading = Row("ks1_read_exp", "All pupils");
        Assert.Equal((68m, 68m, 2m), (reading.Value, reading.England, reading.Change));
        Assert.Equal(
            ["All pupils", "Boys", "Disadvantaged", "Disadvantaged, Girls", "Girls", "Not disadvantaged"],
            summary.Rows.Where(r => r.Measure.Code == "ks1_read_exp").Select(r => r.Group).Order(StringComparer.Ordinal)
        );
        // One column name, two key stages, kept apart by the file each came in.
        Assert.Equal((58m, 71m), (Row("ks1_writ_exp", "All pupils").Value, Row("ks2_writ_exp", "All pupils").Value));
        var gender = Gap("ks1_read_exp", "Gender");
        Assert.Equal((10m, 8m, GapTrend.Widened, 10m), (gender.Gap, gender.LastYear, gender.Trend, gender.England));
        Assert.Equal(19m, Gap("ks1_read_exp", "Disadvantage").Gap);

        var check = Row("phonics_y1_exp", "All pupils");
        Assert.Equal((80m, 4m), (check.Value, check.Change));
        Assert.Equal(6m, Gap("phonics_y1_exp", "Gender").Gap);
        // The disadvantaged figure is withheld and no other year or England has the gap: no gap row, never a zero.
        Assert.DoesNotContain(
            summary.Gaps,
            g => g.Measure.Code == "phonics_y1_exp" && g.Kind.StartsWith("Disadvantage", StringComparison.Ordinal)
        );
        Assert.Equal((null, "c"), (Row("phonics_y1_exp", "Disadvantaged").Value, Row("phonics_y1_exp", "Disadvantaged").Symbol));

        Assert.Equal((65.5m, 2.5m), (Row("eyfs_gld", "All pupils").Value, Row("eyfs_gld", "All pupils").Change));
        Assert.Equal(16.8m, Gap("eyfs_gld", "Disadvantage").Gap);

        // The newest phonics layout: Year 1 and Year 2 in one column, sex as Female and Male.
        var newest = Write(
            "phonics_y1_regional_and_local_authority_2012_to_2025.csv",
            place
                + ",establishment_type_group,sex,year_group,disadvantage_status,expected_standard_pupil_count,expected_standard_pupil_percent",
            Where("202425", false) + ",All state funded,Total,Year 1,Total,930,82",
            Where("202425", false) + ",All state funded,Female,Year 1,Total,470,85",
            Where("202425", false) + ",All state funded,Male,Year 1,Total,460,79",
            Where("202425", false) + ",All state funded,Total,Year 1,Disadvantaged,240,70",
            Where("202425", false) + ",All state funded,Total,Year 1,Not known to be disadvantaged,690,86",
            Where("202425", false) + ",All state funded,Total,Year 2,Total,1000,91"
        );
        await LoadFileAsync(newest);
        var latest = await SummaryAsync(2024);
        Assert.Equal(
            [("All pupils", 82m), ("Disadvantaged", 70m), ("Female", 85m), ("Male", 79m), ("Not known to be disadvantaged", 86m)],
            latest!
                .Rows.Where(r => r.Measure.Code == "phonics_y1_exp")
                .Select(r => (r.Group, r.Value!.Value))
                .OrderBy(r => r.Group, StringComparer.Ordinal)
        );
        Assert.Equal(
            [("Gender (girls less boys)", 6m), ("Disadvantage (others less disadvantaged)", 16m)],
            latest.Gaps.Select(g => (g.Kind, g.Gap!.Value))
        );
    }

    [Theory]
    [BothDatabases]
    public async Task A_schools_level_based_and_GCSE_results_before_2016_load_and_are_never_compared_with_the_new_measures(
        DatabaseProvider provider
    )
    {
        var ks2 = Write(
            "919_ks2final_2014.csv",
            "RECTYPE,URN,SCHNAME,PTREADWRITTAMATX,PTREADWRITTAMATAX,PHASE",
            "1,900011,Old Levels Primary,79%,24%,Primary"
        );
        var ks4 = Write("919_ks4final_2014.csv", "RECTYPE,URN,SCHNAME,PTAC5EM_PTQ,PHASE", "1,900012,Old GCSE Secondary,57%,Secondary");
        var ks2Then = Write("919_ks2final_2015.csv", "RECTYPE,URN,SCHNAME,PTRWM_EXP,PHASE", "1,900011,Old Levels Primary,52%,Primary");
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.True((await ImportAsync(database, new PerformanceTablesSchoolsFormat("201415"), ks2)).Succeeded);
        Assert.True((await ImportAsync(database, new PerformanceTablesSchoolsFormat("201415"), ks4)).Succeeded);
        Assert.True((await ImportAsync(database, new PerformanceTablesSchoolsFormat("201516"), ks2Then)).Succeeded);

        await using var db = database.NewContext();
        var cards = await SchoolScorecardBuilder.BuildAsync(
            db,
            [900011, 900012],
            2015,
            AchievementCatalog.Shipped,
            TestContext.Current.CancellationToken
        );

        decimal? Figure(int urn, string code, int year) =>
            cards.Single(c => c.Urn == urn).Lines.Single(l => l.Measure.Code == code).Years[cards[0].Years.ToList().IndexOf(year)].School;
        Assert.Equal((79m, 24m), (Figure(900011, "ks2_rwm_l4", 2014), Figure(900011, "ks2_rwm_l5", 2014)));
        Assert.Equal(57m, Figure(900012, "ks4_5ac_em", 2014));
        Assert.Equal(52m, Figure(900011, "ks2_rwm_exp", 2015));
        // Level 4 in 2014/15 and the expected standard in 2015/16 are different measures: no change is worked out.
        var rwm = AchievementCatalog.Shipped.Measures.Single(m => m.Code == "ks2_rwm_exp");
        var level4 = AchievementCatalog.Shipped.Measures.Single(m => m.Code == "ks2_rwm_l4");
        Assert.Equal((false, false), (level4.IsComparable(2015, 2014), rwm.IsComparable(2015, 2014)));
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    [Theory]
    [BothDatabases]
    public async Task Schools_below_the_floor_and_the_spread_come_from_the_authoritys_own_schools(DatabaseProvider provider)
    {
        var register = Path.Combine(_folder, "register.csv");
        File.WriteAllLines(
            register,
            [
                "URN,LA (code),LA (name),EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name)",
                "900001,805,Hartlepool,Low Attaining Primary,Community school,Primary",
                "900002,805,Hartlepool,Steady Primary,Community school,Primary",
                "900003,805,Hartlepool,Suppressed Primary,Community school,Primary",
                "900004,806,Middlesbrough,Elsewhere Primary,Community school,Primary",
            ]
        );
        var tables = Path.Combine(_folder, "805_ks2final.csv");
        File.WriteAllLines(
            tables,
            [
                "RECTYPE,URN,SCHNAME,PTRWM_EXP,READPROG,WRITPROG,MATPROG,PHASE",
                "1,900001,Low Attaining Primary,58%,-6.1,-1.0,-2.0,Primary",
                "1,900002,Steady Primary,64%,-1.0,-1.0,-1.0,Primary",
                "1,900003,Suppressed Primary,SUPP,-8.0,SUPP,SUPP,Primary",
                "1,900004,Elsewhere Primary,40%,-9.0,-9.0,-9.0,Primary",
            ]
        );
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.True((await ImportAsync(database, new GiasEstablishmentsFormat(), register)).Succeeded);
        Assert.True((await ImportAsync(database, new PerformanceTablesSchoolsFormat("201819"), tables)).Succeeded);

        await using var db = database.NewContext();
        var summary = (
            await AchievementSummaryBuilder.LoadAsync(
                db,
                Hartlepool,
                2018,
                AchievementCatalog.Shipped,
                TestContext.Current.CancellationToken
            )
        ).Value;

        Assert.Equal([(900001, "KS2")], summary.BelowFloor.Select(b => (b.Urn, b.KeyStage)));
        Assert.Equal(1, summary.FloorUndecided);
        var rwm = summary.Spreads.Single(s => s.Measure.Code == "ks2_rwm_exp").Spread;
        // Middlesbrough's school is not Hartlepool's; the suppressed one has no figure.
        Assert.Equal((2, 58m, 64m), (rwm.Schools, rwm.Lowest, rwm.Highest));

        // The scorecard puts England's all-pupil figure beside the school's, and the symbol where DfE withheld one.
        var england = Path.Combine(_folder, "ks2_national.csv");
        File.WriteAllLines(
            england,
            [
                "time_period,time_identifier,geographic_level,country_code,country_name,pt_rwm_met_expected_standard",
                "201819,Academic year,National,E92000001,England,65",
            ]
        );
        Assert.True(
            (await ImportAsync(database, new DfeOpenDataFormat("ks2_national", LocalAuthorityRegister.Shipped), england)).Succeeded
        );
        var cards = await SchoolScorecardBuilder.BuildAsync(
            db,
            [900001, 900003],
            2018,
            AchievementCatalog.Shipped,
            TestContext.Current.CancellationToken
        );
        var low = cards.Single(c => c.Urn == 900001).Lines.Single(l => l.Measure.Code == "ks2_rwm_exp");
        Assert.Equal([2016, 2017, 2018], cards[0].Years);
        Assert.Equal((58m, (string?)null, 65m), low.Years[2]);
        Assert.Equal(((decimal?)null, (decimal?)null), (low.Years[0].School, low.Years[0].England));
        Assert.Equal("SUPP", cards.Single(c => c.Urn == 900003).Lines.Single(l => l.Measure.Code == "ks2_rwm_exp").Years[2].Symbol);
    }

    private static string? Cell(decimal? value, string? symbol) => value?.ToString(CultureInfo.InvariantCulture) ?? symbol;

    // The measure's published cells by period, area code (England, region or authority) and social care group, read straight from the file.
    private static Dictionary<(string, string, string), string> Published(string path, string measure)
    {
        var cells = new Dictionary<(string, string, string), string>();
        using var csv = new CsvReader(new StreamReader(path), CultureInfo.InvariantCulture);
        foreach (var row in csv.GetRecords<dynamic>())
        {
            var c = (IDictionary<string, object>)row;
            var place = (string)c["geographic_level"] switch
            {
                "National" => "E92000001",
                "Regional" => (string)c["region_code"],
                _ => (string)c["new_la_code"],
            };
            cells.TryAdd(((string)c["time_period"], place, (string)c["social_care_group"]), (string)c[measure]);
        }

        return cells;
    }

    private static Task<ImportOutcome> ImportAsync(TestDatabase database, IImportFormat format, string path) =>
        TestImports.RunAsync(database, format, path);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
