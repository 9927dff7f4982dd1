using System.Net;
using System.Text.RegularExpressions;
using Beacon.Data;
using Beacon.Testing;

namespace Beacon.Web.Tests.Crawl;

/// <summary>
/// The demo as a newcomer gets it from <c>serve --demo</c> (with ../shared's DfE files and Annex A sample where they
/// are beside the repository), on each engine: every account signs in and follows every same-site link it reaches.
/// </summary>
public sealed partial class DemoCrawlTests
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

        foreach (var user in server.Passwords.Keys.Where(u => u != BeaconServer.LockoutTarget).Order(StringComparer.Ordinal))
        {
            using var client = await server.SignedInAsync(user);
            var visited = await CrawlAsync(client, user, failures);
            visits.Add($"{user}: {visited} pages");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{provider}{(shared is null ? " (no ../shared data)" : "")}: {string.Join("; ", visits)}"
        );
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
        Assert.True(server.LoggedErrors.Count == 0, string.Join("\n\n", server.LoggedErrors.Take(5)));
    }

    private static async Task<int> CrawlAsync(BrowserlessClient client, string user, List<string> failures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var pending = new List<(string Path, string From)> { ("/", "sign-in") };
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        var visited = 0;
        while (pending.Count > 0 && visited < PagesPerRole)
        {
            // A kind of page not seen yet before another of a kind already seen: the budget covers every kind first.
            var index = pending.FindIndex(p => !shapes.Contains(Shape(p.Path)));
            var (path, from) = pending[index < 0 ? 0 : index];
            pending.RemoveAt(index < 0 ? 0 : index);
            shapes.Add(Shape(path));
            visited++;

            using var response = await client.GetAsync(path);
            var status = (int)response.StatusCode;
            // A link its reader may not follow is a page that offered what it should not: as wrong as a broken one.
            if (status >= 500 || response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
            {
                failures.Add($"{user}: {path} (linked from {from}) answered {status}");
                continue;
            }

            var links = new List<string>();
            if (response.Headers.Location is { } location)
            {
                links.Add(location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
            }
            else if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                links.AddRange(PageLinks.Of(html, path));
            }

            foreach (var link in links.Select(l => l.Split('#')[0]).Where(Followed))
            {
                if (seen.Add(link))
                {
                    pending.Add((link, path));
                }
            }
        }

        return visited;
    }

    // Same-site pages, not the assets they load, and never sign-out, which would end the crawl's session.
    private static bool Followed(string link) =>
        link.StartsWith('/')
        && !link.StartsWith("//", StringComparison.Ordinal)
        && !link.StartsWith("/sign-out", StringComparison.Ordinal)
        && !link.StartsWith("/assets/", StringComparison.Ordinal)
        && !Asset().IsMatch(link);

    /// <summary>A page's kind: its path with numbers and codes as placeholders, and the names of its query's parameters.</summary>
    private static string Shape(string path)
    {
        var parts = path.Split('?', 2);
        var shape = Number().Replace(parts[0], "{n}");
        return parts.Length == 1 ? shape : shape + "?" + string.Join("&", parts[1].Split('&').Select(p => p.Split('=')[0]).Order());
    }

    [GeneratedRegex(@"\.(css|js|png|ico|svg|woff2?|map)$")]
    private static partial Regex Asset();

    [GeneratedRegex(@"(?<=/)[A-Z]?\d[\w-]*")]
    private static partial Regex Number();
}
