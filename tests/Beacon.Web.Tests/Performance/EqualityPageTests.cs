using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;

namespace Beacon.Web.Tests.Performance;

/// <summary>The demo's equality impact assessment (000, item 5.1, Appendix 2) published and its action's progress recorded on the web.</summary>
public sealed class EqualityPageTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    private const string Page = "/performance/equality/EIA-EIG-2014-15";

    [Theory]
    [BothDatabases]
    public async Task A_performance_officer_publishes_the_assessment_and_its_version_stays_downloadable_while_a_lead_officer_only_reads(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        using var officer = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        using var lead = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.LeadOfficer));

        var draft = await lead.GetStringAsync(Page);
        var published = await officer.PostFormAsync($"{Page}?handler=Publish", new Dictionary<string, string>(), Page);
        var again = await officer.PostFormAsync($"{Page}?handler=Publish", new Dictionary<string, string>(), Page);
        var byLead = await lead.PostFormAsync($"{Page}?handler=Publish", new Dictionary<string, string>(), Page);

        Assert.Contains("Not yet published", draft, StringComparison.Ordinal);
        Assert.Contains("Pregnancy and maternity", draft, StringComparison.Ordinal);
        Assert.Contains("1. No impact: no major change", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Publish version", draft, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains(
            "has not changed since version 1",
            await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Forbidden, byLead.StatusCode);
        var version = await lead.GetAsync($"{Page}?handler=Docx&version=1");
        Assert.Equal(HttpStatusCode.OK, version.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"{Page}?handler=Docx&version=2")).StatusCode);
    }

    [Theory]
    [BothDatabases]
    public async Task Progress_on_an_action_needs_its_words_and_is_listed_under_the_action(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var officer = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        var action = await ActionIdAsync(server);

        var empty = await officer.PostFormAsync(
            $"{Page}?handler=Progress&actionId={action}",
            new Dictionary<string, string> { ["Commentary"] = " " },
            Page
        );
        var recorded = await officer.PostFormAsync(
            $"{Page}?handler=Progress&actionId={action}",
            new Dictionary<string, string> { ["Commentary"] = "eCAF live for internal staff." },
            Page
        );

        Assert.Contains(
            "Enter the progress made on the action this quarter",
            await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("eCAF live for internal staff.", await officer.GetStringAsync(Page), StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task A_performance_officer_writes_a_new_assessment_and_adds_a_high_priority_action_to_it(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var officer = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        const string form = "/performance/equality/edit";
        var fields = new Dictionary<string, string>
        {
            ["Form.Reference"] = "EIA-2014-01",
            ["Form.Title"] = "Short breaks eligibility policy",
            ["Form.Subject"] = "Policy",
            ["Form.Department"] = "Child and Adult",
            ["Form.Division"] = "Children's Services",
            ["Form.Section"] = "Disability services",
            ["Form.Owner"] = "Sally Robinson",
            ["Form.FunctionOrService"] = "Short breaks for disabled children",
            ["Form.InformationAvailable"] = "Take-up by age and need",
            ["Form.InformationGaps"] = "None known",
            ["Form.ImpactSummary"] = "Positive for disabled children and their carers",
            ["Form.Outcome"] = "AdjustOrChange",
            ["Form.OutcomeJustification"] = "Eligibility widened after consultation",
            ["Form.Impacts[0].Characteristic"] = "Disability",
            ["Form.Impacts[0].Relevant"] = "true",
            ["Form.Impacts[0].Impact"] = "More children eligible",
            ["Day"] = "1",
            ["Month"] = "",
            ["Year"] = "2014",
        };

        var noMonth = await officer.PostFormAsync(form, fields, form);
        fields["Month"] = "5";
        var written = await officer.PostFormAsync(form, fields, form);
        var page = "/performance/equality/EIA-2014-01";
        var action = await officer.PostFormAsync(
            $"{page}?handler=Action",
            new Dictionary<string, string>
            {
                ["NewAction.Action"] = "Review take-up after six months",
                ["NewAction.ResponsibleOfficer"] = "Sally Robinson",
                ["NewAction.ByWhen"] = "Nov 2014",
                ["NewAction.Evaluation"] = "Take-up report",
                ["NewAction.HighPriority"] = "true",
            },
            page
        );

        Assert.Contains(
            "The date the assessment was carried out must include a month",
            await noMonth.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, action.StatusCode);
        var shown = await officer.GetStringAsync(page);
        Assert.Contains("2. Adjust or change the policy or proposal", shown, StringComparison.Ordinal);
        Assert.Contains("More children eligible", shown, StringComparison.Ordinal);
        Assert.Contains("Sexual orientation", shown, StringComparison.Ordinal);
        Assert.Contains("1. Review take-up after six months", shown, StringComparison.Ordinal);
        Assert.Contains("High priority", shown, StringComparison.Ordinal);
    }

    private static async Task<int> ActionIdAsync(BeaconServer server)
    {
        await using var db = server.Database.NewContext();
        return db.EqualityActions.Single(a => a.Action.StartsWith("Implement eCAF")).Id;
    }
}
