using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Performance;

/// <summary>The risk register through the web app: the owner reviews their high risk, and is refused another's.</summary>
public sealed class RiskRegisterPageTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    [Theory]
    [BothDatabases]
    public async Task A_lead_officer_reviews_their_own_risk_on_the_register_and_is_refused_anothers(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var lead = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.LeadOfficer));
        await using var db = server.Database.NewContext();
        var own = await db.Risks.Where(r => r.OwnerInitials == "AMc").Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken);
        var other = await db.Risks.Where(r => r.OwnerInitials == "SN").Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken);
        const string page = "/performance/risks";

        var before = await lead.GetStringAsync(page);
        var empty = await lead.PostFormAsync($"{page}?handler=Review&riskId={own}", Fields("3", "3", ""), page);
        var reviewed = await lead.PostFormAsync($"{page}?handler=Review&riskId={own}", Fields("3", "3", "Two new carers approved."), page);
        var refused = await lead.PostFormAsync($"{page}?handler=Review&riskId={other}", Fields("1", "3", "Places are sufficient."), page);

        Assert.Contains("Review overdue", before, StringComparison.Ordinal);
        Assert.Contains("Review CFS1-R1", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Review LAS1-R1", before, StringComparison.Ordinal);
        Assert.Contains(
            "Enter the review",
            await empty.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var after = await lead.GetStringAsync(page);
        Assert.Contains("Two new carers approved.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Review overdue", after, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task A_performance_officer_adds_a_risk_and_the_register_lists_it(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var officer = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        const string page = "/performance/risks/new";
        var fields = new Dictionary<string, string>
        {
            ["Form.Reference"] = "CFS1-R9",
            ["Form.ObjectiveReference"] = "CFS1",
            ["Form.Title"] = "Social worker recruitment",
            ["Form.OwnerInitials"] = "TC",
            ["Form.Cause"] = "A national shortage",
            ["Form.Event"] = "Vacancies unfilled",
            ["Form.Effect"] = "Caseloads rise",
            ["Form.Controls"] = "Recruitment and retention offer",
            ["Form.InherentLikelihood"] = "4",
            ["Form.InherentImpact"] = "3",
            ["Form.ResidualLikelihood"] = "2",
            ["Form.ResidualImpact"] = "3",
            ["Form.TargetLikelihood"] = "1",
            ["Form.TargetImpact"] = "3",
            ["Day"] = "30",
            ["Month"] = "9",
            ["Year"] = "2014",
        };

        var added = await officer.PostFormAsync(page, fields, page);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(
            "CFS1-R9 (CFS1) Social worker recruitment",
            await officer.GetStringAsync("/performance/risks"),
            StringComparison.Ordinal
        );
    }

    private static Dictionary<string, string> Fields(string likelihood, string impact, string commentary) =>
        new()
        {
            ["Likelihood"] = likelihood,
            ["Impact"] = impact,
            ["Commentary"] = commentary,
        };
}
