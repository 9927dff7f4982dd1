using System.Text;
using Beacon.Reports.Html;

namespace Beacon.Reports.Schools;

/// <summary>Writes the pupil achievement summary as one self-contained, accessible HTML page with the Word version's sections.</summary>
public static class AchievementSummaryHtml
{
    public static string Write(AchievementSummary summary, string authorityName)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var html = new StringBuilder();
        var title = $"{AchievementSummaryTables.Title(summary)}: {summary.AreaName}";
        HtmlReport.Open(html, title);
        html.Append("<h1>")
            .Append(E(title))
            .Append("</h1><p>")
            .Append(E($"{authorityName}. Figures as published by the DfE; suppressed figures are shown by their symbol."))
            .Append("</p>");
        html.Append("<h2>1.0 Outcomes against England</h2>");
        Table(
            html,
            "Each measure against England, with the change on last year where DfE's series allows it",
            AchievementSummaryTables.Outcomes(summary),
            2
        );
        Notes(html, AchievementSummaryTables.Notes(summary));
        if (summary.Gaps.Count > 0)
        {
            html.Append("<h2>2.0 Gaps between groups of pupils</h2>");
            Table(
                html,
                "Gaps in percentage points (or score), this year and last, and England's",
                AchievementSummaryTables.Gaps(summary),
                2
            );
        }

        html.Append("<h2>3.0 Spread between schools</h2>");
        if (summary.Spreads.Count == 0)
        {
            html.Append("<p>No school-level figures are loaded for the authority's schools this year.</p>");
        }
        else
        {
            Table(html, "Spread of the authority's schools' figures", AchievementSummaryTables.Spreads(summary), 1);
        }

        html.Append("<h2>4.0 Schools below the floor standards</h2><ul>");
        foreach (var floor in summary.Floors)
        {
            html.Append("<li>").Append(E($"{floor.KeyStage}: {floor.Description}.")).Append("</li>");
        }

        html.Append("</ul><p>").Append(E(AchievementSummaryTables.BelowFloor(summary))).Append("</p>");
        return html.Append("</main></body></html>").ToString();
    }

    private static string E(string text) => HtmlReport.Encode(text);

    private static void Notes(StringBuilder html, IReadOnlyList<string> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        html.Append("<h3>Notes on the figures</h3><ul>");
        foreach (var note in notes)
        {
            html.Append("<li>").Append(E(note)).Append("</li>");
        }

        html.Append("</ul>");
    }

    private static void Table(StringBuilder html, string caption, AchievementSummaryTables.ReportTable table, int textColumns) =>
        HtmlReport.Table(html, caption, table.Headers, table.Rows, textColumns);
}
