using System.Net;
using Beacon.Domain.Access;

namespace Beacon.Web.Tests.Finance;

/// <summary>The finance page over the demo data: Halton's Q1 2013/14 lines, with the published totals.</summary>
public sealed class FinancePageTests(BeaconServer server) : IClassFixture<BeaconServer>
{
    [Fact]
    public async Task The_summaries_show_the_published_totals_with_overspends_in_brackets()
    {
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.LeadOfficer));

        var page = await client.GetStringAsync("/finance");

        Assert.Contains("1. Children &amp; Families: summary financial position as at 30 June 2013", page, StringComparison.Ordinal);
        Assert.Contains("16,594", page, StringComparison.Ordinal);
        Assert.Contains("(75)<span class=\"govuk-visually-hidden\"> overspend</span>", page, StringComparison.Ordinal);
        Assert.Contains("11,501", page, StringComparison.Ordinal);
        Assert.Contains("-488", page, StringComparison.Ordinal);
        Assert.Contains("7,414", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quarter_with_no_figures_is_not_found()
    {
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));

        var response = await client.GetAsync("/finance?quarter=2019-Q2");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
