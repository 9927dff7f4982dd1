using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Hosting;

/// <summary>
/// When something breaks underneath: the failed request is logged with a reference the person is shown, and the
/// health check tells monitoring. Its own servers, since the tests break their databases.
/// </summary>
public sealed class FailureTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    [Theory]
    [BothDatabases]
    public async Task A_failed_request_is_logged_with_the_reference_its_page_shows_and_health_reports_the_missing_migration(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        using var councillor = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Councillor));
        await using (var db = server.Database.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE forward_plan", TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\"", TestContext.Current.CancellationToken);
        }

        var failed = await councillor.GetAsync("/committees");
        var page = await failed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var health = await server.Client().GetAsync("/health");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var reference = System
            .Text.RegularExpressions.Regex.Match(page, "<strong class=\"beacon-reference\">([^<]+)</strong>")
            .Groups[1]
            .Value;
        Assert.NotEmpty(reference);
        Assert.Contains(
            server.LoggedErrors,
            e => e.Contains($"reference {reference}", StringComparison.Ordinal) && e.Contains("forward_plan", StringComparison.Ordinal)
        );
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
