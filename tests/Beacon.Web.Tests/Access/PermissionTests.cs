using System.Net;
using Beacon.Domain.Access;

namespace Beacon.Web.Tests.Access;

/// <summary>What each role can and cannot reach, through the running app, page by page.</summary>
public sealed class PermissionTests(BeaconServer server) : IClassFixture<BeaconServer>
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
    ];

    // Y = the page opens (200), N = refused (403); one letter per page above, in that order. Anything else fails.
    [Theory]
    [InlineData(BeaconRole.Administrator, "YYYYYYYYYNYYYYYNYYYNNNYNNYYYYNYNNYNNNNNYN")]
    [InlineData(BeaconRole.PerformanceOfficer, "YYYYYYYYYNYYYNNYYYYNNNNNNYYYYNYNNYNNNNNYN")]
    [InlineData(BeaconRole.SchoolImprovementOfficer, "YYYYYNNYYNYYYNNNYYYYYYYYYYYYNNNNNNNNNNNYY")]
    [InlineData(BeaconRole.SocialCareManager, "YYNNNYNYYNYYYNNNNNNNNNNNNYYYYYYYYYYYYYYNN")]
    [InlineData(BeaconRole.LeadOfficer, "YYNNNNYYYNNNNNNNNNNNNNNNNYNNNNNNNNNNNNNNN")]
    [InlineData(BeaconRole.Councillor, "YYNNNNNYYNNNNNNNNNNNNNNNNYNNNNNNNNNNNNNNN")]
    [InlineData(BeaconRole.Headteacher, "YNYYNNNNNNNNNNNNNNNNNNNNYNNNNNNNNNNNNNNYN")]
    public async Task Each_role_reaches_exactly_its_pages(BeaconRole role, string expected)
    {
        using var client = await server.SignedInAsync(BeaconServer.UserFor(role));

        var actual = "";
        foreach (var page in Pages)
        {
            var response = await client.GetAsync(Resolve(page));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"{role} {page}: {response.StatusCode}");
            actual += response.StatusCode == HttpStatusCode.OK ? 'Y' : 'N';
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_headteacher_is_refused_another_schools_page_and_sees_only_their_own_in_the_list()
    {
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

    [Fact]
    public async Task A_councillor_is_refused_an_exempt_item_and_never_sees_it_listed()
    {
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));

        var item = await client.GetAsync(Resolve("/committees/items/{exempt}"));
        var list = await client.GetStringAsync("/committees");

        Assert.Equal(HttpStatusCode.Forbidden, item.StatusCode);
        Assert.DoesNotContain("Staffing changes in the fostering service", list, StringComparison.Ordinal);
        Assert.Contains("Pupil Achievement Summary", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_councillor_granted_exempt_items_reads_them()
    {
        using var client = await server.SignedInAsync(BeaconServer.ExemptCouncillor);

        var item = await client.GetStringAsync(Resolve("/committees/items/{exempt}"));

        Assert.Contains("Exempt information under Schedule 12A", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/audit")]
    [InlineData("/schools/990001")]
    public async Task Someone_not_signed_in_is_sent_to_sign_in(string page)
    {
        using var client = server.Client();

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var user = BeaconServer.LockoutTarget;
        using var client = server.Client();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await client.SignInAsync(user, "not-the-password");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await client.SignInAsync(user, server.Passwords[user]);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private string Resolve(string page) =>
        page.Replace("{public}", server.PublicItemId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{exempt}", server.ExemptItemId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
