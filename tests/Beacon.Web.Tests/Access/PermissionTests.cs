using System.Net;
using Beacon.Application.Demo;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Access;

/// <summary>What each role can and cannot reach, through the running app, page by page.</summary>
public sealed class PermissionTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private static readonly string[] Pages =
    [
        "/",
        "/performance",
        "/schools",
        "/schools/990001",
        "/schools/990002",
        "/social-care",
        "/finance",
        "/committees",
        "/committees/items/{public}",
        "/committees/items/{exempt}",
        "/sector",
        "/imports",
        "/imports/upload",
        "/audit",
        "/admin/users",
        "/performance/narrative?quarter=2013-Q1",
        "/schools/outcomes",
        "/schools/achievement",
        "/schools/achievement/explore",
        "/schools/proposals",
        "/schools/reviews",
        "/schools/self-evaluation",
        "/schools/protocol",
        "/schools/990001/support",
        "/schools/990001/sef",
        "/schools/reviews/1/report",
        "/sector/profiles/805",
        "/sector/indicators/rereferral_pct",
        "/social-care/inspections",
        "/social-care/annex-a",
        "/social-care/measures",
        "/social-care/measures/assessments",
        "/social-care/flexible-timescales",
        "/social-care/fostering",
        "/social-care/audits",
        "/social-care/audit-tools",
        "/social-care/audit-samples",
        "/social-care/iro-disputes",
        "/social-care/readiness",
        "/schools/floor-standards",
        "/schools/990001/inspections/new",
        "/committees/{committee}/meetings/new",
        "/committees/items/{draft}/edit",
        "/finance/savings/EIG-2014-15",
        "/performance/risks",
        "/performance/equality",
        "/performance/equality/EIA-EIG-2014-15",
        "/finance/savings/options/{option}",
        "/performance/risks/new",
        "/performance/equality/edit",
    ];

    // Y = the page opens (200), N = refused (403, or 404 for an exempt item to a committee reader); one letter per page, in order.
    [Theory]
    [InlineData(BeaconRole.Administrator, "YYYYYYYYYNYYYYYNYYYNNNYNNYYYYNYNNYNNNNNYNNNYYYYNNN", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.Administrator, "YYYYYYYYYNYYYYYNYYYNNNYNNYYYYNYNNYNNNNNYNNNYYYYNNN", DatabaseProvider.Postgres)]
    [InlineData(BeaconRole.PerformanceOfficer, "YYYYYYYYYNYYYYNYYYYNNNNNNYYYYNYNNYNNNNNYNNNYYYYYYY", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.PerformanceOfficer, "YYYYYYYYYNYYYYNYYYYNNNNNNYYYYNYNNYNNNNNYNNNYYYYYYY", DatabaseProvider.Postgres)]
    [InlineData(BeaconRole.SchoolImprovementOfficer, "YYYYYNNYYNYYYYNNYYYYYYYYYYYYNNNNNYNNNNNYYNNNYYYNNN", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.SchoolImprovementOfficer, "YYYYYNNYYNYYYYNNYYYYYYYYYYYYNNNNNYNNNNNYYNNNYYYNNN", DatabaseProvider.Postgres)]
    [InlineData(BeaconRole.SocialCareManager, "YYNNNYNYYNYYYYNNYYNNNNNNNYYYYYYYYYYYYYYNNNNNYYYNNN", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.SocialCareManager, "YYNNNYNYYNYYYYNNYYNNNNNNNYYYYYYYYYYYYYYNNNNNYYYNNN", DatabaseProvider.Postgres)]
    [InlineData(BeaconRole.LeadOfficer, "YYNNNNYYYNNNNNNNNNNNNNNNNYNNNNNNNNNNNNNNNNNYYYYNNN", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.LeadOfficer, "YYNNNNYYYNNNNNNNNNNNNNNNNYNNNNNNNNNNNNNNNNNYYYYNNN", DatabaseProvider.Postgres)]
    [InlineData(BeaconRole.Councillor, "YYNNNNYYYNNNNNNNYYNNNNNNNYNNNNNNNYNNNNNNNNNYYYYNNN", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.Councillor, "YYNNNNYYYNNNNNNNYYNNNNNNNYNNNNNNNYNNNNNNNNNYYYYNNN", DatabaseProvider.Postgres)]
    [InlineData(BeaconRole.Headteacher, "YNYYNNNNNNNNNNNNNNNNNNNNYNNNNNNNNNNNNNNYNNNNNNNNNN", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.Headteacher, "YNYYNNNNNNNNNNNNNNNNNNNNYNNNNNNNNNNNNNNYNNNNNNNNNN", DatabaseProvider.Postgres)]
    [InlineData(BeaconRole.DemocraticServicesOfficer, "YNNNNNNYYNNNNYNNNNNNNNNNNYNNNNNNNNNNNNNNNYYNNNNNNN", DatabaseProvider.Sqlite)]
    [InlineData(BeaconRole.DemocraticServicesOfficer, "YNNNNNNYYNNNNYNNNNNNNNNNNYNNNNNNNNNNNNNNNYYNNNNNNN", DatabaseProvider.Postgres)]
    public async Task Each_role_reaches_exactly_its_pages(BeaconRole role, string expected, DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(role));

        var actual = "";
        foreach (var page in Pages)
        {
            var response = await client.GetAsync(Resolve(server, page));
            // Those who read committee papers but not exempt ones are told the exempt item is not there.
            var refused =
                response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.NotFound && page.Contains("{exempt}", StringComparison.Ordinal));
            Assert.True(response.StatusCode == HttpStatusCode.OK || refused, $"{role} {page}: {response.StatusCode}");
            actual += response.StatusCode == HttpStatusCode.OK ? 'Y' : 'N';
        }

        Assert.Equal(expected, actual);
    }

    private static readonly string[] SectorLedPages =
    [
        "/self-assessments",
        "/self-assessments/{sa}",
        "/self-assessments/{sa}/areas/overall",
        "/moderation",
        "/moderation/{sa}",
        "/sector/region",
        "/performance/core-dataset",
        "/region/core-dataset",
        "/region/core-dataset/{call}",
        "/improvement/risks",
        "/region/support",
        "/region/support/{risk}",
        "/peer-challenges",
        "/peer-challenges/{pc}",
        "/peer-reviews",
        "/sector/inspections",
    ];

    // Y = the page opens, N = refused (403); one letter per page of SectorLedPages, in order.
    [Theory]
    [InlineData(BeaconRole.Administrator, "NNNNNYYNNNNNNNNY")]
    [InlineData(BeaconRole.PerformanceOfficer, "YYYNNYYNNYNNYYNY")]
    [InlineData(BeaconRole.SchoolImprovementOfficer, "NNNNNYYNNNNNNNNY")]
    [InlineData(BeaconRole.SocialCareManager, "YYYNNYYNNYNNYYYY")]
    [InlineData(BeaconRole.LeadOfficer, "NNNNNNYNNNNNNNNN")]
    [InlineData(BeaconRole.Councillor, "NNNNNNYNNNNNNNNN")]
    [InlineData(BeaconRole.Headteacher, "NNNNNNNNNNNNNNNN")]
    [InlineData(BeaconRole.DemocraticServicesOfficer, "NNNNNNNNNNNNNNNN")]
    [InlineData(BeaconRole.DirectorOfChildrensServices, "YYYNNYYNNYNNYYYY")]
    [InlineData(BeaconRole.ChiefExecutive, "YYNNNYYNNYNNYYYY")]
    [InlineData(BeaconRole.LeadMember, "YYNNNNYNNYNNYYYN")]
    [InlineData(BeaconRole.RegionalModerator, "NNNYYYNYYNYYNNNY")]
    public async Task Each_role_reaches_exactly_its_sector_led_improvement_pages(BeaconRole role, string expected)
    {
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            var server = await servers.OnAsync(provider);
            using var client = await server.SignedInAsync(BeaconServer.UserFor(role));
            await using var db = server.Database.NewContext();
            var id = await db.SelfAssessments.Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken);
            var call = await db.CoreDatasetCollections.Select(c => c.Id).MinAsync(TestContext.Current.CancellationToken);
            var pc = await db.PeerChallenges.Select(c => c.Id).MinAsync(TestContext.Current.CancellationToken);
            var risk = await db
                .PerformanceRisks.Where(r => r.SharedWithRegionAtUtc != null)
                .Select(r => r.Id)
                .SingleAsync(TestContext.Current.CancellationToken);
            var actual = "";
            foreach (var page in SectorLedPages)
            {
                var response = await client.GetAsync(
                    page.Replace("{sa}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                        .Replace("{call}", call.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                        .Replace("{risk}", risk.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                        .Replace("{pc}", pc.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                );
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"{role} {page}: {response.StatusCode}");
                actual += response.StatusCode == HttpStatusCode.OK ? 'Y' : 'N';
            }

            Assert.Equal((provider, expected), (provider, actual));
        }
    }

    [Theory]
    [BothDatabases]
    public async Task A_peer_reads_a_challenge_only_while_it_lasts_and_nobody_else_of_another_authority_reads_it(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        await using var db = server.Database.NewContext();
        var challenges = await db.PeerChallenges.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);
        var (ended, current) = (challenges[0], challenges[1]);
        using var lead = await server.SignedInAsync(PeerChallengeDemo.LeadPeer);
        using var stranger = await server.SignedInAsync(RegionDemo.OtherUserNameFor(BeaconRole.DirectorOfChildrensServices));

        var answers = new[]
        {
            (lead, $"/peer-reviews/{current}"),
            (lead, $"/peer-reviews/{ended}"),
            (lead, $"/peer-challenges/{current}"),
            (stranger, $"/peer-reviews/{current}"),
            (stranger, $"/peer-challenges/{current}"),
        };
        var codes = new List<HttpStatusCode>();
        foreach (var (client, path) in answers)
        {
            using var response = await client.GetAsync(path);
            codes.Add(response.StatusCode);
        }

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            codes
        );
        Assert.Contains("Report the findings", await lead.GetStringAsync($"/peer-reviews/{current}"), StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task Only_the_holder_of_a_sign_off_role_can_sign_as_it_through_the_page(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        await using var db = server.Database.NewContext();
        var id = await db.SelfAssessments.Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken);
        var signatures = await db.SelfAssessmentSignOffs.CountAsync(TestContext.Current.CancellationToken);
        using var officer = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));

        var page = await officer.GetStringAsync($"/self-assessments/{id}");
        var refused = await officer.PostFormAsync(
            $"/self-assessments/{id}?handler=Sign",
            new Dictionary<string, string> { ["role"] = nameof(BeaconRole.ChiefExecutive) },
            $"/self-assessments/{id}"
        );

        Assert.DoesNotContain("Sign off revision", page, StringComparison.Ordinal);
        Assert.Contains(
            "Only the chief executive signs as the chief executive",
            await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal(signatures, await db.SelfAssessmentSignOffs.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [BothDatabases]
    public async Task A_headteacher_is_refused_another_schools_page_and_sees_only_their_own_in_the_list(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Headteacher));

        var other = await client.GetAsync("/schools/990002");
        var list = await client.GetStringAsync("/schools");

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains(
            "You do not have access to this page",
            await other.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Contains("Northmoor Church of England Primary School", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour Academy", list, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task A_councillor_is_refused_an_exempt_item_as_if_it_did_not_exist_and_never_sees_it_listed(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));

        var item = await client.GetAsync(Resolve(server, "/committees/items/{exempt}"));
        var list = await client.GetStringAsync($"/committees/meetings/{server.OctoberMeetingId}");

        Assert.Equal(HttpStatusCode.NotFound, item.StatusCode);
        Assert.DoesNotContain("Staffing changes in the fostering service", list, StringComparison.Ordinal);
        Assert.Contains("Pupil Achievement Summary", list, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task A_councillor_granted_exempt_items_reads_them(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.ExemptCouncillor);

        var item = await client.GetStringAsync(Resolve(server, "/committees/items/{exempt}"));

        Assert.Contains("Exempt information under Schedule 12A", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", DatabaseProvider.Sqlite)]
    [InlineData("/", DatabaseProvider.Postgres)]
    [InlineData("/audit", DatabaseProvider.Sqlite)]
    [InlineData("/audit", DatabaseProvider.Postgres)]
    [InlineData("/schools/990001", DatabaseProvider.Sqlite)]
    [InlineData("/schools/990001", DatabaseProvider.Postgres)]
    public async Task Someone_not_signed_in_is_sent_to_sign_in(string page, DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = server.Client();

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var user = BeaconServer.LockoutTarget;
        using var client = server.Client();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await client.SignInAsync(user, "not-the-password");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await client.SignInAsync(user, server.Passwords[user]);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(
            "the account is locked or disabled",
            await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
    }

    private static string Resolve(BeaconServer server, string page) =>
        page.Replace("{public}", server.PublicItemId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{exempt}", server.ExemptItemId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(
                "{committee}",
                server.CommitteeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                StringComparison.Ordinal
            )
            .Replace("{draft}", server.DraftItemId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(
                "{option}",
                server.SavingOptionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                StringComparison.Ordinal
            );
}
