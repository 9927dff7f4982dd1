using Beacon.Application.Demo;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Import.AnnexA;
using Beacon.Testing;

namespace Beacon.Web.Tests.Home;

/// <summary>The start page by role: each person's own work first, and only links they may follow.</summary>
public sealed class StartPageTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    [Theory]
    [BothDatabases]
    public async Task The_social_care_manager_starts_with_the_oldest_overdue_actions_the_readiness_page_counts(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var annexA = SharedData.Require("annex-a", "Annex_A_sample.xlsx");
        await using (var db = server.Database.NewContext())
        {
            if (!db.AnnexARecords.Any())
            {
                Assert.True((await TestImports.RunAsync(server.Database, new AnnexAFormat(AnnexAMap.Shipped), annexA)).Succeeded);
                await SocialCareDemo.SeedAsync(db, DateOnly.FromDateTime(DateTime.Today), TestContext.Current.CancellationToken);
            }
        }

        var manager = await HomeAsync(server, BeaconRole.SocialCareManager);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SocialCareManager));
        var readiness = await client.GetStringAsync("/social-care/readiness");

        var count = System.Text.RegularExpressions.Regex.Match(readiness, "href=\"#overdue\">([0-9]+)</a>").Groups[1].Value;
        Assert.NotEqual("0", count);
        Assert.Contains($"All {count} overdue actions, oldest first", manager, StringComparison.Ordinal);
        Assert.Matches("Due [0-9]{1,2} [A-Z][a-z]+ [0-9]{4}", manager);
    }

    [Theory]
    [BothDatabases]
    public async Task Each_role_starts_with_its_own_work(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);

        var lead = await HomeAsync(server, BeaconRole.LeadOfficer);
        var performance = await HomeAsync(server, BeaconRole.PerformanceOfficer);
        var officer = await HomeAsync(server, BeaconRole.SchoolImprovementOfficer);
        var manager = await HomeAsync(server, BeaconRole.SocialCareManager);
        var councillor = await HomeAsync(server, BeaconRole.Councillor);
        var head = await HomeAsync(server, BeaconRole.Headteacher);
        var administrator = await HomeAsync(server, BeaconRole.Administrator);

        Assert.Contains("Your indicators and milestones for Q1 2013/14", lead, StringComparison.Ordinal);
        Assert.Contains("COPS 01", lead, StringComparison.Ordinal);
        Assert.DoesNotContain("CFS 01", lead, StringComparison.Ordinal);
        Assert.Contains("Indicators and milestones still to finish for Q1 2013/14", performance, StringComparison.Ordinal);
        Assert.Contains("Your open review", officer, StringComparison.Ordinal);
        Assert.Contains("schools decided", officer, StringComparison.Ordinal);
        Assert.Contains("Overdue support actions", officer, StringComparison.Ordinal);
        Assert.Contains("href=\"/social-care/readiness#overdue\"", manager, StringComparison.Ordinal);
        Assert.Matches("Your (next|latest) meeting", councillor);
        Assert.Contains("href=\"/committees/meetings/", councillor, StringComparison.Ordinal);
        Assert.Contains("Your school", head, StringComparison.Ordinal);
        Assert.Contains("href=\"/schools/990001\"", head, StringComparison.Ordinal);
        Assert.DoesNotContain("Your open review", head, StringComparison.Ordinal);
        Assert.Contains("Users and recent imports", administrator, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/users\"", administrator, StringComparison.Ordinal);
        Assert.DoesNotContain("Your open review", administrator, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task Datasets_and_periods_are_named_as_people_say_them(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);

        var page = await HomeAsync(server, BeaconRole.PerformanceOfficer);

        Assert.DoesNotContain("_to_20", page, StringComparison.Ordinal);
    }

    private static async Task<string> HomeAsync(BeaconServer server, BeaconRole role)
    {
        using var client = await server.SignedInAsync(BeaconServer.UserFor(role));
        return await client.GetStringAsync("/");
    }
}
