using System.Globalization;
using System.Text;
using Beacon.Reports.Html;
using static Beacon.Reports.Schools.AchievementFormat;

namespace Beacon.Reports.Schools;

/// <summary>Writes the pupil achievement summary as one self-contained, accessible HTML page with the Word version's sections.</summary>
public static class AchievementSummaryHtml
{
    public static string Write(AchievementSummary summary, string authorityName)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var html = new StringBuilder();
        var title = $"Pupil Achievement Summary {Year(summary.Year)}: {summary.AreaName}";
        HtmlReport.Open(html, title);
        html.Append("<h1>")
            .Append(E(title))
            .Append("</h1><p>")
            .Append(E($"{authorityName}. Figures as published by the DfE; suppressed figures are shown by their symbol."))
            .Append("</p>");
        html.Append("<h2>1.0 Outcomes against England</h2>");
        HtmlReport.Table(
            html,
            "Each measure against England, with the change on last year where DfE's series allows it",
            [
                "Measure",
                "Pupils",
                summary.AreaName,
                summary.RegionName,
                "Statistical neighbours",
                "England",
                "Against England",
                "Change on last year",
            ],
            summary.Rows.Select(r =>
                new[]
                {
                    r.Measure.Name,
                    r.Group,
                    Figure(r.Value, r.Measure.Unit, r.Symbol),
                    Figure(r.Region, r.Measure.Unit),
                    Figure(r.Neighbours, r.Measure.Unit),
                    Figure(r.England, r.Measure.Unit),
                    Points(r.Value - r.England, r.Measure.Unit),
                    Change(r, summary.Year),
                }
            ),
            2
        );
        if (summary.Gaps.Count > 0)
        {
            html.Append("<h2>2.0 Gaps between groups of pupils</h2>");
            HtmlReport.Table(
                html,
                "Gaps in percentage points (or score), this year and last, and England's",
                ["Measure", "Gap", "This year", "Last year", "Trend", "England"],
                summary.Gaps.Select(g =>
                    new[]
                    {
                        g.Measure.Name,
                        g.Kind,
                        Points(g.Gap, g.Measure.Unit),
                        Points(g.LastYear, g.Measure.Unit),
                        g.Trend?.ToString() ?? "–",
                        Points(g.England, g.Measure.Unit),
                    }
                ),
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
            HtmlReport.Table(
                html,
                "Spread of the authority's schools' figures",
                ["Measure", "Schools", "Lowest", "Lower quartile", "Median", "Upper quartile", "Highest"],
                summary.Spreads.Select(s =>
                    new[]
                    {
                        s.Measure.Name,
                        s.Spread.Schools.ToString(CultureInfo.InvariantCulture),
                        Figure(s.Spread.Lowest, s.Measure.Unit),
                        Figure(s.Spread.LowerQuartile, s.Measure.Unit),
                        Figure(s.Spread.Median, s.Measure.Unit),
                        Figure(s.Spread.UpperQuartile, s.Measure.Unit),
                        Figure(s.Spread.Highest, s.Measure.Unit),
                    }
                ),
                1
            );
        }

        html.Append("<h2>4.0 Schools below the floor standards</h2><ul>");
        foreach (var floor in summary.Floors)
        {
            html.Append("<li>").Append(E($"{floor.KeyStage}: {floor.Description}.")).Append("</li>");
        }

        html.Append("</ul><p>")
            .Append(
                E(
                    summary.Floors.Count == 0 ? "No floor standard applies to this year."
                    : summary.BelowFloor.Count == 0 ? "No school with figures loaded is below the floor."
                    : string.Join("; ", summary.BelowFloor.Select(b => $"{b.Name} ({b.KeyStage})")) + "."
                )
            )
            .Append("</p>");
        return html.Append("</main></body></html>").ToString();
    }

    private static string E(string text) => HtmlReport.Encode(text);
}
