using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Committees;

/// <summary>
/// The 1 October 2013 meeting of seed 000 through the web app: the public pack never holds exempt text, the
/// exempt pack does and only for those granted it, a headteacher reads nothing of committees, and publishing,
/// approving and correcting are audited.
/// </summary>
public sealed class AgendaPackTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    // Text that is only in the exempt part: item 10.1's paper, and the appendix of item 6.2's termly report.
    private const string ExemptItemText = "secondment of a named supervising social worker";
    private const string ExemptAppendixText = "Exempt appendix: schools and their ratings";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_public_pack_holds_the_papers_built_from_Beacons_reports_and_no_exempt_text(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var councillor = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));

        var text = await PackTextAsync(councillor, $"/committees/meetings/{server.OctoberMeetingId}?handler=Pack");
        var exempt = await councillor.GetAsync($"/committees/meetings/{server.OctoberMeetingId}?handler=Pack&part=exempt");

        foreach (
            var expected in new[]
            {
                "SAVINGS PROPOSALS FOR EARLY INTERVENTION SERVICES",
                "Key decision reference CAS013/13",
                // Item 5.1's paper: the schedule as Appendix 1, then the programme's equality impact assessment as Appendix 2.
                "Savings proposals for early intervention services 2014/15: savings schedule",
                "Equality impact assessment: Savings proposals for early intervention services",
                "Schools causing concern: termly categorisation",
                "OFSTED Inspection Outcomes",
                "Fostering Service Quarterly Report",
                "Pupil Achievement Summary 2012/13",
                "Frozen from Beacon's live figures",
                // The authority's template, with its words where the officer wrote nothing.
                "STAFF CONSIDERATIONS",
                "There are no staff considerations.",
            }
        )
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(ExemptItemText, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ExemptAppendixText, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Staffing changes in the fostering service", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, exempt.StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_exempt_pack_holds_the_exempt_items_and_parts_for_a_councillor_granted_them(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var councillor = await server.SignedInAsync(BeaconServer.ExemptCouncillor);

        var text = await PackTextAsync(councillor, $"/committees/meetings/{server.OctoberMeetingId}?handler=Pack&part=exempt");

        Assert.Contains(ExemptItemText, text, StringComparison.Ordinal);
        Assert.Contains(ExemptAppendixText, text, StringComparison.Ordinal);
        Assert.StartsWith("OFFICIAL-SENSITIVE", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_headteacher_reads_nothing_of_committees(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var headteacher = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Headteacher));

        foreach (
            var path in new[]
            {
                "/committees",
                $"/committees/meetings/{server.OctoberMeetingId}",
                $"/committees/meetings/{server.OctoberMeetingId}?handler=Pack",
                $"/committees/items/{server.PublicItemId}",
            }
        )
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await headteacher.GetAsync(path)).StatusCode);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Democratic_services_publish_and_approve_and_a_correction_after_approval_needs_a_reason_all_audited(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        using var clerk = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.DemocraticServicesOfficer));
        using var councillor = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));
        await using var db = server.Database.NewContext();
        var november = await db
            .Meetings.Where(m => m.StartsAt.Year == 2013 && m.StartsAt.Month == 11)
            .Select(m => m.Id)
            .SingleAsync(TestContext.Current.CancellationToken);
        var resolution = await db
            .Resolutions.Where(r => r.Text.StartsWith("That the savings programme"))
            .Select(r => r.Id)
            .SingleAsync(TestContext.Current.CancellationToken);
        var october = $"/committees/meetings/{server.OctoberMeetingId}";

        var refusedToCouncillor = await councillor.PostFormAsync($"{october}?handler=Approve", new Dictionary<string, string>(), october);
        var published = await clerk.PostFormAsync(
            $"/committees/meetings/{november}?handler=Publish",
            new Dictionary<string, string>(),
            "/committees"
        );
        var approved = await clerk.PostFormAsync($"{october}?handler=Approve", new Dictionary<string, string>(), october);
        var withoutReason = await clerk.PostFormAsync(
            $"{october}?handler=Correct&resolutionId={resolution}",
            new Dictionary<string, string> { ["Text"] = "That the savings programme be approved." },
            october
        );
        var withReason = await clerk.PostFormAsync(
            $"{october}?handler=Correct&resolutionId={resolution}",
            new Dictionary<string, string>
            {
                ["Text"] = "That the savings programme be approved.",
                ["Reason"] = "The chair's amendment was left out",
            },
            october
        );

        Assert.Equal(HttpStatusCode.Forbidden, refusedToCouncillor.StatusCode);
        Assert.Equal(
            (HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect),
            (published.StatusCode, approved.StatusCode, withReason.StatusCode)
        );
        Assert.Contains(
            "Enter why the approved minutes are corrected",
            await withoutReason.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        var clerkName = BeaconServer.UserFor(BeaconRole.DemocraticServicesOfficer);
        var reasons = await db
            .AuditEntries.Where(a => a.Actor == clerkName)
            .Select(a => a.Reason)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Agenda published", reasons);
        Assert.Contains("Minutes approved as a correct record", reasons);
        Assert.Contains("The chair's amendment was left out", reasons);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_public_minutes_give_an_exempt_minute_only_its_number_and_the_exempt_minutes_give_its_words(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        using var councillor = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));
        using var granted = await server.SignedInAsync(BeaconServer.ExemptCouncillor);
        var minutes = $"/committees/meetings/{server.OctoberMeetingId}?handler=Minutes";

        var open = await PackTextAsync(councillor, minutes);
        var refused = await councillor.GetAsync($"{minutes}&part=exempt");
        var exempt = await PackTextAsync(granted, $"{minutes}&part=exempt");

        Assert.Contains("24. TO RECEIVE THE MINUTES OF THE MEETING HELD ON 3 SEPTEMBER 2013", open, StringComparison.Ordinal);
        Assert.Contains("(2) That the report be referred to Finance and Policy Committee", open, StringComparison.Ordinal);
        Assert.Contains(
            "Action: Refer the savings programme to Finance and Policy Committee (Sally Robinson, by 31 October 2013)",
            open,
            StringComparison.Ordinal
        );
        // Draft, or approved where another test of this server has approved them first: either way it says which.
        Assert.Matches("Draft: to be approved as a correct record at the next meeting\\.|Approved as a correct record on ", open);
        Assert.Contains("EXEMPT ITEM", open, StringComparison.Ordinal);
        Assert.DoesNotContain("That the staffing arrangements be noted.", open, StringComparison.Ordinal);
        Assert.DoesNotContain("secondment", open, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("(1) That the staffing arrangements be noted.", exempt, StringComparison.Ordinal);
        Assert.StartsWith("OFFICIAL-SENSITIVE", exempt, StringComparison.Ordinal);
    }

    private static async Task<string> PackTextAsync(BrowserlessClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(
            await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken),
            false
        );
        var main = document.MainDocumentPart!;
        return main.HeaderParts.Single().Header!.InnerText
            + "\n"
            + string.Join(
                "\n",
                main.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText)
            );
    }
}
