using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Beacon.Web.Tests.Crawl;

/// <summary>
/// Where a page lets a person go without changing anything: its links, and its GET forms (filters and pickers)
/// submitted as they stand and with each choice of each of their lists in turn.
/// </summary>
internal static class PageLinks
{
    private static readonly HtmlParser Parser = new();

    public static IEnumerable<string> Of(string html, string pagePath)
    {
        using var document = Parser.ParseDocument(html);
        foreach (var anchor in document.QuerySelectorAll<IHtmlAnchorElement>("a[href]"))
        {
            yield return anchor.GetAttribute("href")!;
        }

        foreach (var form in document.QuerySelectorAll<IHtmlFormElement>("form"))
        {
            if (!string.Equals(form.GetAttribute("method"), "get", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var action = form.GetAttribute("action") is { Length: > 0 } given ? given : pagePath.Split('?')[0];
            var fields = new List<(string Name, string Value)>();
            foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
            {
                if (input.Type is "submit" or "button" || (input.Type is "checkbox" or "radio" && !input.IsChecked))
                {
                    continue;
                }

                fields.Add((input.Name!, input.Value));
            }

            var selects = form.QuerySelectorAll<IHtmlSelectElement>("select[name]").ToList();
            var chosen = selects.Select(s => (s.Name!, s.Value ?? "")).ToList();
            yield return Url(action, [.. fields, .. chosen]);
            for (var i = 0; i < selects.Count; i++)
            {
                foreach (var option in selects[i].Options)
                {
                    var variant = chosen.ToList();
                    variant[i] = (selects[i].Name!, option.Value);
                    yield return Url(action, [.. fields, .. variant]);
                }
            }
        }
    }

    private static string Url(string action, IEnumerable<(string Name, string Value)> fields) =>
        action + "?" + string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Name) + "=" + Uri.EscapeDataString(f.Value)));
}
