using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;

namespace Beacon.Web.Tests.Committees;

/// <summary>
/// A success banner says what was just done, once, and only Beacon decides what it says: a link with words in its
/// address cannot make the page announce them.
/// </summary>
public sealed class SuccessBannerTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    [Theory]
    [BothDatabases]
    public async Task The_banner_follows_the_change_once_and_no_link_can_write_one(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var clerk = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.DemocraticServicesOfficer));
        var schedule = $"/committees/{server.CommitteeId}/meetings/new";

        var scheduled = await clerk.PostFormAsync(
            schedule,
            new Dictionary<string, string>
            {
                ["Day"] = "4",
                ["Month"] = "12",
                ["Year"] = "2013",
                ["Time"] = "16:00",
                ["Venue"] = "Civic Centre",
            },
            schedule
        );
        var meeting = scheduled.Headers.Location!.OriginalString;
        var first = await clerk.GetStringAsync(meeting);
        var again = await clerk.GetStringAsync(meeting);
        var spoofed = await clerk.GetStringAsync(meeting + "?done=Your+account+is+locked.+Call+0800+000+000");

        Assert.DoesNotContain("?", meeting, StringComparison.Ordinal);
        Assert.Contains("govuk-notification-banner--success", first, StringComparison.Ordinal);
        Assert.Contains("The meeting is scheduled. Add its items, then publish the agenda.", first, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-notification-banner--success", again, StringComparison.Ordinal);
        Assert.DoesNotContain("Your account is locked", spoofed, StringComparison.Ordinal);
    }
}
