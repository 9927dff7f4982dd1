using System.Text;
using System.Text.Encodings.Web;

namespace Beacon.Reports.Html;

/// <summary>The head every self-contained HTML report shares: Arial, bordered tables, symbol colours that pass contrast.</summary>
internal static class HtmlReport
{
    public static void Open(StringBuilder html, string title) =>
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(title))
            .Append("</title><style>")
            .Append(HtmlReportStyle.Css)
            .Append("</style></head><body><main>");

    public static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>A table of text: headers, then rows; the first <paramref name="textColumns"/> columns are text, the rest figures, right-aligned.</summary>
    public static void Table(
        StringBuilder html,
        string? caption,
        IReadOnlyList<string> headers,
        IEnumerable<string[]> rows,
        int textColumns
    )
    {
        html.Append("<table>");
        if (caption is not null)
        {
            html.Append("<caption>").Append(Encode(caption)).Append("</caption>");
        }

        html.Append("<thead><tr>");
        for (var i = 0; i < headers.Count; i++)
        {
            html.Append(i < textColumns ? "<th scope=\"col\">" : "<th scope=\"col\" class=\"num\">")
                .Append(Encode(headers[i]))
                .Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                html.Append(i < textColumns ? "<td>" : "<td class=\"num\">").Append(Encode(row[i])).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }
}
