using Beacon.Application.Demo;
using Beacon.Data;
using Beacon.Testing;

namespace Beacon.Web.Tests.Crawl;

/// <summary>
/// The demo as a newcomer gets it from <c>serve --demo</c> (with ../shared's DfE files and Annex A sample where they
/// are beside the repository), on each engine: every account of the demo authority signs in and follows every
/// same-site link it reaches. (The other authority's people crawl in <c>OrganisationIsolationTests</c>.)
/// </summary>
public sealed class DemoCrawlTests
{
    /// <summary>Pages a role visits at most: enough for every kind of page, not every school or authority.</summary>
    private const int PagesPerRole = 400;

    [Theory]
    [BothDatabases]
    public async Task Every_page_each_role_reaches_in_the_demo_answers_without_a_server_error_a_broken_link_or_a_refusal(
        DatabaseProvider provider
    )
    {
        var shared = SharedData.Folder is { } folder ? Path.Combine(folder, "dfe-children-social-care") : null;
        await using var server = await BeaconServer.StartAsync(provider, shared);
        var failures = new List<string>();
        var visits = new List<string>();

        foreach (
            var user in server
                .Passwords.Keys.Where(u =>
                    u != BeaconServer.LockoutTarget && !u.StartsWith(RegionDemo.OtherUserPrefix, StringComparison.Ordinal)
                )
                .Order(StringComparer.Ordinal)
        )
        {
            using var client = await server.SignedInAsync(user);
            var visited = await SiteCrawl.RunAsync(client, user, PagesPerRole, failures);
            visits.Add($"{user}: {visited.Count} pages");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{provider}{(shared is null ? " (no ../shared data)" : "")}: {string.Join("; ", visits)}"
        );
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
        Assert.True(server.LoggedErrors.Count == 0, string.Join("\n\n", server.LoggedErrors.Take(5)));
    }
}
