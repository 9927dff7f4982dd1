using System.Text;
using Beacon.Reports.Docx;
using Beacon.Reports.Html;

namespace Beacon.Reports.Schools;

/// <summary>Writes the Ofsted outcomes report as one self-contained, accessible HTML page, with the Word version's sections.</summary>
public static class OfstedOutcomesHtml
{
    public static string Write(OfstedOutcomesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        var title = $"OFSTED Inspection Outcomes: {DocxParts.Date(report.From)} to {DocxParts.Date(report.To)}";
        HtmlReport.Open(html, title);
        html.Append("<h1>")
            .Append(E(title))
            .Append("</h1><p>")
            .Append(E($"{report.AuthorityName}. Schools: {report.GroupName}."))
            .Append("</p>");
        html.Append("<h2>1.0 Schools inspected in the period</h2>");
        if (report.Inspected.Count == 0)
        {
            html.Append("<p>No school in this group had a graded inspection in the period.</p>");
        }

        var number = 0;
        foreach (var i in report.Inspected)
        {
            html.Append("<h3>1.").Append(++number).Append(' ').Append(E(i.School)).Append("</h3>");
            html.Append("<p><strong>")
                .Append(E($"{i.Phase}, URN {i.Urn}. Inspected {DocxParts.Date(i.Date)}: {i.Outcome}."))
                .Append("</strong></p>");
            Section(html, "What the school does well", i.Strengths);
            Section(html, "What the school needs to do to improve", i.AreasForImprovement);
        }

        html.Append("<h2>2.0 Proportions of schools in each Ofsted category at ").Append(E(DocxParts.Date(report.To))).Append("</h2>");
        html.Append(
            "<table><caption>Percentage of schools with a graded inspection, including special schools but not PRU</caption><thead><tr>"
        );
        html.Append("<th scope=\"col\">Ofsted category</th>");
        foreach (var column in report.Columns)
        {
            html.Append("<th scope=\"col\" class=\"num\">").Append(E(column.Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in OfstedOutcomesTable.Rows(report.Columns))
        {
            html.Append("<tr><th scope=\"row\">").Append(E(row.Label)).Append("</th>");
            foreach (var cell in row.Cells)
            {
                html.Append("<td class=\"num\">").Append(E(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table><p>")
            .Append(
                E(
                    report.PupilsInGoodOrBetter is { } share
                        ? $"Pupils attending good or better schools: {share:0.0}%."
                        : "Pupils attending good or better schools: not available (no pupil numbers are loaded for these schools)."
                )
            )
            .Append("</p>");
        return html.Append("</main></body></html>").ToString();
    }

    private static void Section(StringBuilder html, string title, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        html.Append("<h4>").Append(E(title)).Append("</h4><ul>");
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<li>").Append(E(line.TrimStart('-', '–', ' '))).Append("</li>");
        }

        html.Append("</ul>");
    }

    private static string E(string text) => HtmlReport.Encode(text);
}
