using System.Net;
using System.Text.RegularExpressions;

namespace Beacon.Web.Tests.Crawl;

/// <summary>
/// Follows every same-site link a signed-in person reaches from the start page, every kind of page before a second
/// of a kind, up to a budget; a link that answers with a server error, not found or forbidden is a failure.
/// </summary>
internal static partial class SiteCrawl
{
    /// <summary>The paths visited (pages and the downloads they link), in the order visited.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(BrowserlessClient client, string user, int budget, List<string> failures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var pending = new List<(string Path, string From)> { ("/", "sign-in") };
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        var visited = new List<string>();
        while (pending.Count > 0 && visited.Count < budget)
        {
            // A kind of page not seen yet before another of a kind already seen: the budget covers every kind first.
            var index = pending.FindIndex(p => !shapes.Contains(Shape(p.Path)));
            var (path, from) = pending[index < 0 ? 0 : index];
            pending.RemoveAt(index < 0 ? 0 : index);
            shapes.Add(Shape(path));
            visited.Add(path);

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
