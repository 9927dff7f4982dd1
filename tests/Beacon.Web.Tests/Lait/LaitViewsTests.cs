using System.Globalization;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Import.Benchmarking;
using Beacon.Import.Lait;
using Beacon.Testing;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Lait;

/// <summary>
/// LAIT's whole data set, its dictionary and both neighbour files loaded through the import pipeline, then its views
/// compared, figure by figure, with LAIT's figures worked out in the test from the raw files.
/// </summary>
public sealed class LaitViewsTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    /// <summary>24 measures across 17 topics: polarity Low, High and none; no quartiles; (OT), multi-year and financial-year forms; a key listed under two topics.</summary>
    private static readonly (string Key, string Topic)[] Measures =
    [
        ("InfMort", "Health and Wellbeing"),
        ("Low_Birth_Weight_Babies", "Health and Wellbeing"),
        ("RTA", "Health and Wellbeing"),
        ("Hosp_Adm_Alc_<18yrs", "Health and Wellbeing"),
        ("LACFinance", "Children's Service Finance"),
        ("FosteringFinance", "Children's Service Finance"),
        ("PriAuth", "All Pupil Absence & Exclusions"),
        ("PriUnauth", "All Pupil Absence & Exclusions"),
        ("Level2Age19", "Attainment by age 19"),
        ("CPP_Total_Rateper10,000", "Child Protection"),
        ("LAC", "Children Looked After"),
        ("LAC_Unauth", "Children Looked After"),
        ("CIN", "Children in Need"),
        ("Work_Force_Vac_Rate", "Children's Services Workforce"),
        ("Vacancies_cover", "Children's Services Workforce"),
        ("KS2R_AVG_Scaled_Score", "Key Stage 2"),
        ("KS2RWM_Expected_STD", "Key Stage 2"),
        ("%_2yr_olds", "Early Years"),
        ("ChildPov", "Economic Factors"),
        ("FSP_NEW_GOODDEV", "Foundation Stage"),
        ("AVG_Prog8_Score", "Key Stage 4"),
        ("A3A", "Key Stage 5"),
        ("FirstYJS", "Youth Offending"),
        ("16-17Ed&Training", "Further & Higher Education"),
    ];

    /// <summary>Hartlepool, City of London, the Isles of Scilly, Birmingham and Westminster (Inner London).</summary>
    private static readonly string[] Authorities = ["805", "201", "420", "330", "213"];

    private static readonly SemaphoreSlim Loading = new(1, 1);
    private static LaitReference? _reference;

    [Theory]
    [BothDatabases]
    public async Task Every_LAIT_indicator_loads_with_its_markers_kept_and_a_reload_changes_nothing(DatabaseProvider provider)
    {
        var server = await LoadedAsync(provider);
        await using var db = server.Database.NewContext();
        var figures = db.Statistics.Where(s => s.Dataset == LaitDataFormat.DatasetName);

        Assert.Equal(641_070, await figures.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(434, await figures.Select(s => s.Measure).Distinct().CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(93_883, await figures.CountAsync(s => s.Symbol == "-" && s.Value == null, TestContext.Current.CancellationToken));
        Assert.Equal(448, await db.LaitDictionary.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(20, await db.LaitDictionary.Select(e => e.Topic).Distinct().CountAsync(TestContext.Current.CancellationToken));

        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        var contents = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/sector/datasets?name=lait"));
        Assert.Contains("641,070", contents, StringComparison.Ordinal);
        Assert.Contains("Periods (65)", contents, StringComparison.Ordinal);
        Assert.Contains("Measures (434)", contents, StringComparison.Ordinal);
        Assert.Contains("2016-17 (OT)", contents, StringComparison.Ordinal);
        Assert.Contains("bds_long.csv", contents, StringComparison.Ordinal);

        var again = await TestImports.RunAsync(server.Database, new LaitDataFormat(), SharedData.Require("lait", "bds_long.csv"));
        Assert.True(again.Succeeded);
        Assert.Equal((0L, 0L, 641_070L), (again.Run!.Inserted, again.Run.Updated, again.Run.Unchanged));
    }

    [Theory]
    [BothDatabases]
    public async Task The_LA_view_and_its_exports_give_LAITs_own_figures_worked_out_from_the_raw_file(DatabaseProvider provider)
    {
        var server = await LoadedAsync(provider);
        var reference = _reference!;
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        Dictionary<string, List<string>> neighbours;
        await using (var db = server.Database.NewContext())
        {
            neighbours = (await db.StatisticalNeighbours.Where(n => n.Model == "2025").ToListAsync(TestContext.Current.CancellationToken))
                .GroupBy(n => n.Authority)
                .ToDictionary(g => g.Key, g => g.Select(n => n.Neighbour).ToList());
        }

        var compared = 0;
        foreach (var (key, topic) in Measures)
        {
            var dps = reference.Decimals(key, topic);
            var years = reference.Years(key);
            var (latest, previous) = (years[^1], years[^2]);
            foreach (var la in Authorities)
            {
                var query =
                    $"/sector/lait/measure?key={Uri.EscapeDataString(key)}&topic={Uri.EscapeDataString(topic)}&la={la}&grouping=2025";
                var csv = (await client.GetStringAsync(query + "&handler=Csv")).TrimStart('\uFEFF').Split("\r\n");
                var page = await client.GetStringAsync(query);
                var rows = csv.Skip(1).Where(l => l.Length > 0).Select(Cells).ToList();
                string Latest(int row) => rows[row][^2];
                string Change(int row) => rows[row][^1];
                var context = $"{key} ({topic}) for {la}";

                var own = reference.Value(key, la, latest);
                Assert.True(Cells(csv[0]).SequenceEqual(["LA number", "LA and Regions", .. years, "Change from previous year"]), context);
                Assert.Equal((la, own is null ? "-" : LaitReference.Shown(own, dps)), (rows[0][0], Latest(0)));
                var change = own - reference.Value(key, la, previous);
                Assert.Equal(LaitReference.Shown(change, dps), Change(0));

                var region = reference.RegionRow(key, la);
                Assert.Equal(region, rows[1][0]);
                var regionValue = reference.Value(key, region, latest);
                Assert.Equal(regionValue is null ? "-" : LaitReference.Shown(regionValue, dps), Latest(1));

                var mean = reference.NeighbourMean(key, neighbours[la], latest);
                Assert.Equal(LaitReference.Shown(mean, dps + 1), Latest(2));
                Assert.Equal(LaitReference.Shown(mean - reference.NeighbourMean(key, neighbours[la], previous), dps + 1), Change(2));

                var england = reference.Value(key, "970", latest);
                Assert.Equal(("970", england is null ? "-" : LaitReference.Shown(england, dps)), (rows[3][0], Latest(3)));

                var (rank, of) = reference.Rank(key, topic, la);
                var (band, points) = reference.Band(key, topic, la);
                var shownRank = Stat(page, "Latest national rank");
                var shownBand = Stat(page, "Quartile banding");
                if (rank is { } r)
                {
                    Assert.Equal($"{r} of {of}", shownRank);
                }
                else
                {
                    Assert.StartsWith("Not ranked", shownRank, StringComparison.Ordinal);
                }

                Assert.Equal(band ?? "", band is null ? "" : shownBand);
                if (band is null)
                {
                    Assert.True(
                        shownBand.StartsWith("Not applicable", StringComparison.Ordinal)
                            || shownBand.StartsWith("None", StringComparison.Ordinal),
                        $"{context}: {shownBand}"
                    );
                }
                else
                {
                    // Band A's range runs from the best end: the lowest figure where low is better, the highest where high is.
                    var a =
                        reference.Polarity(key, topic) == "Low"
                            ? $"{LaitReference.Shown(points[0], dps)} to {LaitReference.Shown(points[1], dps)}"
                            : $"{LaitReference.Shown(points[4], dps)} to ";
                    Assert.StartsWith(a, Stat(page, "A (best quarter)"), StringComparison.Ordinal);
                }

                compared++;
            }
        }

        Assert.Equal(Measures.Length * Authorities.Length, compared);
    }

    [Theory]
    [BothDatabases]
    public async Task The_all_authority_view_ranks_every_authority_as_LAIT_does_and_exports_the_same_to_Excel(DatabaseProvider provider)
    {
        var server = await LoadedAsync(provider);
        var reference = _reference!;
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer));
        const string query = "/sector/lait/measure?key=InfMort&topic=Health%20and%20Wellbeing&la=805&view=all&sort=rank";

        var csv = (await client.GetStringAsync(query + "&handler=Csv")).Split("\r\n").Skip(1).Select(Cells).ToList();
        var xlsx = await client.GetAsync(query + "&handler=Xlsx");
        var page = await client.GetStringAsync(query);

        var ranked = csv.Where(c => c.Length > 3 && c[^2].Length > 0).ToList();
        Assert.Equal(reference.Rank("InfMort", "Health and Wellbeing", "805").Of, ranked.Count);
        Assert.Equal("1", ranked[0][^2]);
        Assert.All(
            ranked,
            c =>
                Assert.Equal(
                    reference.Rank("InfMort", "Health and Wellbeing", c[0]).Rank!.Value.ToString(CultureInfo.InvariantCulture),
                    c[^2]
                )
        );
        Assert.True(
            ranked
                .Select(c => int.Parse(c[^2], CultureInfo.InvariantCulture))
                .SequenceEqual(ranked.Select(c => int.Parse(c[^2], CultureInfo.InvariantCulture)).Order())
        );
        Assert.Contains("aria-sort=\"ascending\"", page, StringComparison.Ordinal);
        using var workbook = SpreadsheetDocument.Open(await xlsx.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), false);
        Assert.Contains(
            reference.Name("805"),
            workbook.WorkbookPart!.WorksheetParts.First().Worksheet!.InnerText,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [BothDatabases]
    public async Task Beacons_by_year_grouping_is_named_and_differs_from_LAITs_where_the_models_differ(DatabaseProvider provider)
    {
        var server = await LoadedAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        const string query = "/sector/lait/measure?key=InfMort&topic=Health%20and%20Wellbeing&la=805&view=neighbours";

        var lait = await client.GetStringAsync(query + "&grouping=2025");
        var byYear = await client.GetStringAsync(query + "&grouping=by-year");
        var lait2021 = (await client.GetStringAsync(query + "&grouping=2021&handler=Csv")).Split("\r\n");
        var byYearCsv = (await client.GetStringAsync(query + "&grouping=by-year&handler=Csv")).Split("\r\n");

        Assert.Contains("LAIT&#x27;s method with the May 2025 statistical neighbour model, for every year", lait, StringComparison.Ordinal);
        Assert.Contains(
            "Beacon&#x27;s choice: each year&#x27;s statistical neighbours from the model in force that year",
            byYear,
            StringComparison.Ordinal
        );
        // Before 2025 Beacon's choice averages the April 2021 neighbours: its 2016 average is the 2021 model's.
        var average2016 = (string[] lines) =>
            Cells(lines.First(l => l.Contains("Statistical neighbours' average", StringComparison.Ordinal)))[2];
        Assert.Equal(average2016(lait2021), average2016(byYearCsv));
        // Hartlepool, its ten neighbours, their average and England.
        Assert.Equal(13, lait2021.Skip(1).Count(l => l.Length > 0));
    }

    [Theory]
    [BothDatabases]
    public async Task Early_warnings_run_over_every_LAIT_measure_and_a_table_of_your_own_exports_what_it_shows(DatabaseProvider provider)
    {
        var server = await LoadedAsync(provider);
        var reference = _reference!;
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SocialCareManager));

        var warnings = (await client.GetStringAsync("/sector/lait/warnings?la=805&handler=Csv"))
            .Split("\r\n")
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(Cells)
            .ToList();
        var own = (
            await client.GetStringAsync("/sector/lait/own?measures=InfMort&measures=LACFinance&places=970&neighboursOf=805&handler=Csv")
        )
            .Split("\r\n")
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(Cells)
            .ToList();
        var tooMany = await client.GetStringAsync(
            "/sector/lait/own?" + string.Join("&", Measures.Take(11).Select(m => "measures=" + Uri.EscapeDataString(m.Key)))
        );

        // Every worst-quartile warning is a band D worked out from the raw file, for a measure with a better direction.
        var worst = warnings.Where(w => w[7] == "Worst quartile").ToList();
        Assert.NotEmpty(worst);
        Assert.All(worst, w => Assert.Equal("D", reference.Band(w[2], w[0], "805").Band));
        Assert.Contains(
            warnings,
            w => w[7] == "Outlier against its neighbours" && w[8].Contains("scaled deviations on the worse side", StringComparison.Ordinal)
        );
        // Hartlepool, its ten neighbours and England, for every year of each measure.
        Assert.Equal(12 * (reference.Years("InfMort").Count + reference.Years("LACFinance").Count), own.Count);
        Assert.Contains(own, r => r[2] == "LACFinance" && r[3] == "970" && r[5] == reference.Years("LACFinance")[^1]);
        Assert.Contains("Choose at most 10 measures; 11 were chosen.", tooMany, StringComparison.Ordinal);
    }

    private static string[] Cells(string line)
    {
        using var reader = new StringReader(line);
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.Read() ? csv.Parser.Record! : [];
    }

    private static string Stat(string page, string name)
    {
        var marker = $"data-stat=\"{System.Net.WebUtility.HtmlEncode(name)}\">";
        var at = page.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the page has no {name}");
        var start = at + marker.Length;
        return System.Net.WebUtility.HtmlDecode(page[start..page.IndexOf("</td>", start, StringComparison.Ordinal)]);
    }

    private async Task<BeaconServer> LoadedAsync(DatabaseProvider provider)
    {
        var folder = SharedData.Require("lait");
        var server = await servers.OnAsync(provider);
        await Loading.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            _reference ??= new LaitReference(folder);
            await using var db = server.Database.NewContext();
            if (!await db.LaitGeographies.AnyAsync(TestContext.Current.CancellationToken))
            {
                foreach (
                    var (format, file) in new (Beacon.Import.Pipeline.IImportFormat, string)[]
                    {
                        (new LaitDictionaryFormat(), "lait_data_dictionary.csv"),
                        (new LaitDataFormat(), "bds_long.csv"),
                        (new StatisticalNeighboursFormat(2025), "sn_may_2025.xlsx"),
                        (new StatisticalNeighboursFormat(2021), "sn_april_2021.xlsx"),
                    }
                )
                {
                    var outcome = await TestImports.RunAsync(server.Database, format, Path.Combine(folder, file));
                    Assert.True(outcome.Succeeded, $"{file}: {string.Join("; ", outcome.Errors.Kept.Take(3))}");
                }
            }
        }
        finally
        {
            Loading.Release();
        }

        return server;
    }
}
