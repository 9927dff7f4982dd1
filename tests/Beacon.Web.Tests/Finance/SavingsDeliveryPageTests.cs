using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;

namespace Beacon.Web.Tests.Finance;

/// <summary>Delivery of the demo's approved savings recorded on the web, and shown on the programme's page.</summary>
public sealed class SavingsDeliveryPageTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    [Theory]
    [BothDatabases]
    public async Task A_performance_officer_records_a_savings_delivery_and_the_programme_shows_it_in_its_quarter(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var officer = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));
        using var lead = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.LeadOfficer));
        var page = $"/finance/savings/options/{server.SavingOptionId}";

        var withoutReason = await officer.PostFormAsync(
            $"{page}?handler=Delivery",
            Fields("2014-Q2", "30,000", "22,500", "Amber", ""),
            page
        );
        var recorded = await officer.PostFormAsync(
            $"{page}?handler=Delivery",
            Fields("2014-Q2", "30,000", "22,500", "Amber", "A contract ends in July; a quarter of the saving slips."),
            page
        );
        var refused = await lead.GetAsync(page);

        Assert.Contains(
            "Enter the reason for the delivery rating",
            await withoutReason.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var q2 = await lead.GetStringAsync("/finance/savings/EIG-2014-15?quarter=2014-Q2");
        Assert.Contains("Delivery in Q2 2014/15", q2, StringComparison.Ordinal);
        Assert.Contains("A contract ends in July; a quarter of the saving slips.", q2, StringComparison.Ordinal);
        var q1 = await lead.GetStringAsync("/finance/savings/EIG-2014-15?quarter=2014-Q1");
        Assert.Contains("Budget removed from 1 April 2014.", q1, StringComparison.Ordinal);
        Assert.DoesNotContain("a quarter of the saving slips", q1, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(string quarter, string planned, string achieved, string rating, string reason) =>
        new()
        {
            ["Quarter"] = quarter,
            ["DeliveryForm.Planned"] = planned,
            ["DeliveryForm.Achieved"] = achieved,
            ["DeliveryForm.Rating"] = rating,
            ["DeliveryForm.Reason"] = reason,
        };
}
