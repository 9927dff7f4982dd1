using System.Net;
using Beacon.Application.Demo;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.SectorLed;

/// <summary>The region's quarterly core dataset through the web app: the returns side by side, late ones marked, exported.</summary>
public sealed class CoreDatasetPagesTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    [Theory]
    [BothDatabases]
    public async Task The_region_downloads_a_quarters_returns_with_the_late_one_marked_and_an_authority_cannot(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        await using var db = server.Database.NewContext();
        var closed = await db.CoreDatasetCollections.Select(c => c.Id).MinAsync(TestContext.Current.CancellationToken);
        using var region = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.RegionalModerator));
        using var authority = await server.SignedInAsync(RegionDemo.OtherUserNameFor(BeaconRole.PerformanceOfficer));

        var page = await region.GetStringAsync($"/region/core-dataset/{closed}");
        var xlsx = await region.GetAsync($"/region/core-dataset/{closed}?handler=Xlsx");
        var refused = await authority.GetAsync($"/region/core-dataset/{closed}?handler=Xlsx");

        Assert.Contains("9 of 12 authorities have returned", page, StringComparison.Ordinal);
        using var workbook = SpreadsheetDocument.Open(await xlsx.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), false);
        var text = string.Concat(workbook.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet!.InnerText));
        Assert.Contains("Middlesbrough Council (demonstration)806Late", text, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(text, "Overdue"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static int CountOf(string text, string word) => text.Split(word).Length - 1;
}
