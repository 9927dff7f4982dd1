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
            .Append("body{font-family:Arial,sans-serif;max-width:60em;margin:2em auto;line-height:1.4;color:#0b0c0c}")
            .Append(
                "table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #505a5f;padding:.3em;text-align:left;vertical-align:top}"
            )
            .Append(
                ".num{text-align:right}.green{color:#00703c}.amber{color:#8a5a00}.red{color:#d4351c}.na{color:#505a5f}caption{text-align:left;font-weight:bold}img{max-width:100%;height:auto}"
            )
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
