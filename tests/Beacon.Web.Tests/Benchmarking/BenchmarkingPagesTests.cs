using System.Globalization;
using System.Net;
using Beacon.Application.Benchmarking;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Import.Pipeline;
using Beacon.Testing;
using DocumentFormat.OpenXml.Packaging;

namespace Beacon.Web.Tests.Benchmarking;

/// <summary>The sector pages through the running app, after the re-referral and repeat-plan files and the 2025 neighbours are loaded.</summary>
public sealed class BenchmarkingPagesTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private static readonly string[] Files =
    [
        "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
        "d3_cpps_subsequent_plan_2013_to_2025.csv",
        "sn_model_2025_wide.csv",
    ];

    [Theory]
    [BothDatabases]
    public async Task The_profile_page_and_its_downloads_carry_the_same_figures(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        await LoadAsync(server);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        await using var db = server.Database.NewContext();
        var line = (await BenchmarkLoader.LoadAsync(db, TestContext.Current.CancellationToken)).Line("805", "rereferral_pct", 2025)!;
        var value = line.Figure.Value!.Value.ToString("F1", CultureInfo.InvariantCulture);

        var page = await client.GetStringAsync("/sector/profiles/805?year=2025");
        var csv = await client.GetStringAsync("/sector/profiles/805?handler=Csv&year=2025");
        var xlsx = await client.GetAsync("/sector/profiles/805?handler=Xlsx&year=2025");
        var docx = await client.GetAsync("/sector/profiles/805?handler=Docx&year=2025");
        var chart = await client.GetAsync("/sector/profiles/805?handler=Chart&indicator=rereferral_pct&year=2025");

        // The 2025 model's closest neighbour of Hartlepool (805) is Redcar and Cleveland (807).
        Assert.Contains("Statistical neighbours: Redcar and Cleveland, ", page, StringComparison.Ordinal);
        Assert.Contains($"{line.Place!.Rank} of {line.Place.Of}", page, StringComparison.Ordinal);
        Assert.Contains($"Re-referrals within 12 months of a previous referral,%,2025,{value},", csv, StringComparison.Ordinal);
        // The profile names the neighbour grouping its averages used, on the page and in every export.
        Assert.Contains("Neighbours are those of DfE&#x27;s 2025 model.", page, StringComparison.Ordinal);
        Assert.Contains(",Statistical neighbour model", csv, StringComparison.Ordinal);
        Assert.Contains(",DfE's 2025 model", csv, StringComparison.Ordinal);
        using (var workbook = SpreadsheetDocument.Open(await xlsx.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), false))
        {
            var text = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!.InnerText;
            Assert.Contains("Re-referrals within 12 months of a previous referral", text, StringComparison.Ordinal);
            Assert.Contains(value, text, StringComparison.Ordinal);
        }

        using (
            var document = WordprocessingDocument.Open(await docx.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), false)
        )
        {
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Local profile: Hartlepool, 2025", text, StringComparison.Ordinal);
            Assert.Contains($"{line.Place.Rank} of {line.Place.Of}", text, StringComparison.Ordinal);
            Assert.Contains("Neighbours are those of DfE's 2025 model.", text, StringComparison.Ordinal);
        }

        Assert.Equal("image/png", chart.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [BothDatabases]
    public async Task The_indicator_page_ranks_every_authority_and_lists_suppressed_ones_apart(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        await LoadAsync(server);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer));

        var page = await client.GetStringAsync("/sector/indicators/rereferral_pct?year=2013");
        var csv = (await client.GetStringAsync("/sector/indicators/rereferral_pct?handler=Csv&year=2013")).Split('\n');

        Assert.Contains("authorities ranked;", page, StringComparison.Ordinal);
        Assert.StartsWith("Rank,Authority,Code,Value,Band,Change on last year", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("1,", csv[1], StringComparison.Ordinal);
        Assert.Contains(
            csv,
            l =>
                l.StartsWith("not ranked,", StringComparison.Ordinal)
                && (l.Contains(",c,", StringComparison.Ordinal) || l.Contains(",x,", StringComparison.Ordinal))
        );
    }

    [Theory]
    [BothDatabases]
    public async Task The_regional_early_warning_list_names_each_warning_with_its_figures(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        await LoadAsync(server);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SocialCareManager));

        var page = await client.GetStringAsync("/sector?Region=E12000001&Year=2025");
        var picked = await client.GetAsync("/sector?la=805");

        // Hartlepool's repeat child protection plans rose from band A to D in 2025 (the test above read the set).
        Assert.Contains("Fell two or more quartiles", page, StringComparison.Ordinal);
        Assert.Contains("band A last year, D this year", page, StringComparison.Ordinal);
        Assert.Equal(("/sector/profiles/805", HttpStatusCode.Redirect), (picked.Headers.Location!.OriginalString, picked.StatusCode));
    }

    [Theory]
    [BothDatabases]
    public async Task The_tartan_rug_shows_every_authority_of_the_region_by_every_indicator_with_its_band_in_words_and_exports_the_same_to_Excel_and_Word(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        await LoadAsync(server);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        await using var db = server.Database.NewContext();
        var set = await BenchmarkLoader.LoadAsync(db, TestContext.Current.CancellationToken);
        var line = set.Line("806", "rereferral_pct", 2025)!;

        // The demo authority is in the North East: its people's regional view opens on their own region.
        var page = await client.GetStringAsync("/sector/region");
        var xlsx = await client.GetAsync("/sector/region?handler=Xlsx&Code=E12000001&Year=2025");
        var docx = await client.GetAsync("/sector/region?handler=Docx&Code=E12000001&Year=2025");

        Assert.Contains("Tartan rug: North East", page, StringComparison.Ordinal);
        Assert.Contains("12 authorities by ", page, StringComparison.Ordinal);
        Assert.True(
            page.IndexOf("<table", StringComparison.Ordinal) < page.IndexOf("<img", StringComparison.Ordinal)
                || !page.Contains("<img", StringComparison.Ordinal),
            "the table comes first"
        );
        var figure = line.Figure.Value!.Value.ToString("F1", CultureInfo.InvariantCulture);
        Assert.Contains(
            $"{figure}<span class=\"govuk-visually-hidden\">, band</span> <strong>{line.Place!.Band}</strong>",
            page,
            StringComparison.Ordinal
        );
        using var workbook = SpreadsheetDocument.Open(await xlsx.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), false);
        var text = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!.InnerText;
        Assert.Contains("Middlesbrough806", text, StringComparison.Ordinal);
        using var paper = WordprocessingDocument.Open(await docx.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), false);
        var words = paper.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Regional view: North East, 2025", words, StringComparison.Ordinal);
        Assert.Contains($"{figure} {line.Place.Band}", words, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sector/region?Code=E99999999")).StatusCode);
    }

    private static async Task LoadAsync(BeaconServer server)
    {
        var folder = SharedData.Require("dfe-children-social-care");
        await using (var db = server.Database.NewContext())
        {
            var last = Files[^1];
            if (db.ImportRuns.Any(r => r.SourceName == last))
            {
                return;
            }
        }

        foreach (var (path, format) in FolderImport.Plan(folder).Where(p => Files.Contains(Path.GetFileName(p.Path))))
        {
            Assert.True((await TestImports.RunAsync(server.Database, format, path)).Succeeded, path);
        }
    }
}
