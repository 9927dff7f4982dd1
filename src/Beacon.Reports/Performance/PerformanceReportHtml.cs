using System.Text;
using Beacon.Domain.Finance;
using Beacon.Domain.Performance;
using Beacon.Reports.Docx;
using Beacon.Reports.Html;

namespace Beacon.Reports.Performance;

/// <summary>
/// Writes the Directorate Performance Overview Report as one self-contained, accessible HTML page, with the
/// same sections and numbering as the DOCX: tables with captions and header scopes, symbols with words.
/// </summary>
public static class PerformanceReportHtml
{
    public static string Write(PerformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        var title = $"{report.DirectorateName}: Performance Overview Report, {report.Quarter.DisplayName}";
        HtmlReport.Open(html, title);
        html.Append("<h1>").Append(E(title)).Append("</h1>");
        html.Append("<p>")
            .Append(
                E(
                    $"{report.AuthorityName}. Quarter {report.Quarter.Quarter}, {report.Quarter.Year}: {Date(report.Quarter.FirstDay)} to {Date(report.Quarter.LastDay)}."
                )
            )
            .Append("</p>");
        html.Append(
            "<h2>1.0 Introduction</h2><p>This report provides an overview of issues and progress within the Directorate. The way in which traffic light symbols have been used is explained in the Appendix.</p>"
        );
        var section = 1;
        foreach (var kind in Enum.GetValues<NarrativeKind>())
        {
            html.Append("<h2>").Append(++section).Append(".0 ").Append(E(kind.Heading())).Append("</h2>");
            var sub = 0;
            foreach (var part in report.Narratives.Where(n => n.Kind == kind))
            {
                if (part.Title.Length > 0)
                {
                    html.Append("<h3>").Append(section).Append('.').Append(++sub).Append(' ').Append(E(part.Title)).Append("</h3>");
                }

                Paragraphs(html, part.Body);
            }
        }

        html.Append("<h2>").Append(++section).Append(".0 Performance Overview</h2>");
        var charts = ReportCharts.Draw(report);
        foreach (var area in report.Areas)
        {
            Area(html, area, report.Quarter.DisplayName, charts);
        }

        html.Append("<h2>")
            .Append(++section)
            .Append(".0 Financial Summaries</h2><p>Figures in £'000; an overspend is shown in brackets.</p>");
        var number = 0;
        foreach (var department in report.Finance)
        {
            Finance(
                html,
                $"{++number}. {department.Name}: summary financial position as at {Date(report.Quarter.LastDay)}",
                department.Summary
            );
            if (department.Commentary is { } commentary)
            {
                Commentary(html, [new ReportComment("", commentary, department.Initials ?? "")]);
            }
        }

        html.Append("<h2>").Append(++section).Append(".0 Appendix: Explanation for use of symbols</h2>");
        html.Append(
            "<table><caption>Progress</caption><thead><tr><th scope=\"col\">Symbol</th><th scope=\"col\">Objective</th><th scope=\"col\">Performance indicator</th></tr></thead><tbody>"
        );
        foreach (var (rating, objective, indicator) in SymbolKey.Progress)
        {
            html.Append("<tr><td>")
                .Append(Symbol(SymbolKey.For(rating)))
                .Append("</td><td>")
                .Append(E(objective))
                .Append("</td><td>")
                .Append(E(indicator))
                .Append("</td></tr>");
        }

        html.Append(
            "</tbody></table><table><caption>Direction of travel</caption><thead><tr><th scope=\"col\">Symbol</th><th scope=\"col\">Meaning</th></tr></thead><tbody>"
        );
        foreach (var (direction, meaning) in SymbolKey.Directions)
        {
            html.Append("<tr><td>").Append(Symbol(SymbolKey.For(direction))).Append("</td><td>").Append(E(meaning)).Append("</td></tr>");
        }

        html.Append("</tbody></table><h3>Key for Operational Director lead</h3><ul>");
        foreach (var officer in report.LeadOfficers)
        {
            html.Append("<li>").Append(E($"{officer.Initials} – {officer.Name}, {officer.Title}")).Append("</li>");
        }

        return html.Append("</ul></main></body></html>").ToString();
    }

    private static void Area(StringBuilder html, ReportArea area, string quarter, IReadOnlyDictionary<ReportIndicator, byte[]> charts)
    {
        html.Append("<h3>").Append(E(area.Name)).Append("</h3>");
        if (area.Milestones.Count > 0)
        {
            html.Append(
                    "<table><caption>Key milestones</caption><thead><tr><th scope=\"col\">Ref</th><th scope=\"col\">Milestone</th><th scope=\"col\">"
                )
                .Append(E(quarter))
                .Append(" progress</th></tr></thead><tbody>");
            foreach (var m in area.Milestones)
            {
                html.Append("<tr><td>").Append(E(m.Reference)).Append("</td><td>").Append(E(m.Text)).Append("</td><td>");
                html.Append(m.Rating is { } r ? Symbol(SymbolKey.For(r)) : "Not rated").Append("</td></tr>");
            }

            html.Append("</tbody></table>");
            Commentary(html, area.Milestones.SelectMany(m => m.Commentary));
        }

        if (area.Indicators.Count > 0)
        {
            html.Append("<table><caption>Key performance indicators</caption><thead><tr>");
            foreach (
                var header in new[]
                {
                    "Ref",
                    "Measure",
                    "Same quarter last year",
                    "This quarter",
                    "Annual target",
                    "Progress",
                    "Direction of travel",
                }
            )
            {
                html.Append("<th scope=\"col\">").Append(E(header)).Append("</th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (var i in area.Indicators)
            {
                html.Append("<tr><td>").Append(E(i.Reference)).Append("</td><td>").Append(E(i.Title)).Append("</td>");
                foreach (var figure in new[] { i.LastYearValue, i.Value, i.Target })
                {
                    html.Append("<td class=\"num\">").Append(E(figure ?? "–")).Append("</td>");
                }

                html.Append("<td>")
                    .Append(Symbol(SymbolKey.For(i.Rating)))
                    .Append("</td><td>")
                    .Append(Symbol(SymbolKey.For(i.Direction)))
                    .Append("</td></tr>");
            }

            html.Append("</tbody></table>");
            Commentary(html, area.Indicators.SelectMany(i => i.Commentary));
            Trends(html, area, charts);
        }
    }

    private static void Trends(StringBuilder html, ReportArea area, IReadOnlyDictionary<ReportIndicator, byte[]> charts)
    {
        var drawn = area.Indicators.Where(charts.ContainsKey).ToList();
        if (drawn.Count == 0)
        {
            return;
        }

        html.Append("<h4>Trends</h4>");
        foreach (var i in drawn)
        {
            html.Append("<figure><img src=\"data:image/png;base64,")
                .Append(Convert.ToBase64String(charts[i]))
                .Append("\" width=\"")
                .Append(ReportCharts.Width)
                .Append("\" height=\"")
                .Append(ReportCharts.Height)
                .Append("\" alt=\"")
                .Append(E(i.Trend!.Description(i.Reference, i.Title)))
                .Append("\"><figcaption>")
                .Append(E($"{i.Reference} {i.Title}: quarterly values against the annual target (dashed)"))
                .Append("</figcaption></figure>");
        }
    }

    private static void Commentary(StringBuilder html, IEnumerable<ReportComment> comments)
    {
        var list = comments.ToList();
        if (list.Count == 0)
        {
            return;
        }

        html.Append("<h4>Supporting commentary</h4>");
        foreach (var comment in list)
        {
            Paragraphs(html, comment.Opening + comment.Text + comment.Signature);
        }
    }

    private static void Finance(StringBuilder html, string caption, FinancialSummary summary)
    {
        html.Append("<table><caption>").Append(E(caption)).Append("</caption><thead><tr><th scope=\"col\">Line</th>");
        foreach (var header in new[] { "Annual budget", "Budget to date", "Expenditure to date", "Variance to date (overspend)" })
        {
            html.Append("<th scope=\"col\" class=\"num\">").Append(header).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        void Row(string name, FinancialFigures f, bool total)
        {
            var (open, close) = total ? ("<strong>", "</strong>") : ("", "");
            html.Append("<tr><th scope=\"row\">").Append(open).Append(E(name)).Append(close).Append("</th>");
            foreach (
                var cell in new[]
                {
                    ThousandsFormat.Amount(f.AnnualBudget),
                    ThousandsFormat.Amount(f.BudgetToDate),
                    ThousandsFormat.Amount(f.ExpenditureToDate),
                    ThousandsFormat.Variance(f.Variance),
                }
            )
            {
                html.Append("<td class=\"num\">").Append(open).Append(E(cell)).Append(close).Append("</td>");
            }

            html.Append("</tr>");
        }

        foreach (var group in Enum.GetValues<FinancialLineGroup>())
        {
            html.Append("<tr><th scope=\"rowgroup\" colspan=\"5\">").Append(group).Append("</th></tr>");
            foreach (var line in summary.LinesIn(group))
            {
                Row(line.Name, line.Figures, false);
            }

            Row($"Total {group.ToString().ToLowerInvariant()}", summary.Total(group), true);
            if (group == FinancialLineGroup.Income)
            {
                Row("Net operational budget", summary.NetOperationalBudget, true);
            }
        }

        Row("Net expenditure", summary.NetExpenditure, true);
        html.Append("</tbody></table>");
    }

    private static string Symbol((string Shape, string Colour, string Word) symbol)
    {
        var css = symbol.Word switch
        {
            "Green" or "Better" => "green",
            "Amber" or "Same" => "amber",
            "Red" or "Worse" => "red",
            _ => "na",
        };
        var shape = symbol.Shape.Length == 0 ? "" : $"<span aria-hidden=\"true\">{symbol.Shape}</span> ";
        return $"<strong class=\"{css}\">{shape}{symbol.Word}</strong>";
    }

    private static void Paragraphs(StringBuilder html, string text)
    {
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>");
        }
    }

    private static string E(string text) => HtmlReport.Encode(text);

    private static string Date(DateOnly date) => DocxParts.Date(date);
}
