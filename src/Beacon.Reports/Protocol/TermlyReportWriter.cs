using System.Text;
using Beacon.Domain.Documents;
using Beacon.Domain.Protocol;
using Beacon.Reports.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using static Beacon.Reports.Docx.DocxParts;
using static Beacon.Reports.Html.HtmlReport;

namespace Beacon.Reports.Protocol;

/// <summary>Writes the termly categorisation report as Word or HTML; the exempt appendix only where the reader may have it.</summary>
public static class TermlyReportWriter
{
    private static readonly string[] CountHeaders = ["Rating", "This term", "Last term"];

    private static readonly string[] AppendixHeaders = ["School", "URN", "Last term", "This term", "Reason recorded", "Latest progress"];

    public static IReadOnlyList<string[]> CountRows(TermlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Enum.GetValues<SchoolRating>()
            .Reverse()
            .Select(r => new[] { r.Name(), Count(report.Counts, r), report.LastTerm is null ? "-" : Count(report.LastCounts, r) })
            .ToList();
    }

    public static void WriteDocx(TermlyReport report, bool withAppendix, DateOnly date, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var frame = new DocumentFrame(
            report.Authority,
            $"Schools causing concern: termly categorisation, {report.Term}",
            date,
            ProtectiveMarkings.For(exempt: withAppendix, confidentialRating: withAppendix)
        );
        using var document = DocxParts.Create(output, frame, out var body);
        body.Append(Heading($"Schools causing concern: termly categorisation, {report.Term}", 1));
        body.Append(Text($"{report.Authority}. School Support and Challenge Protocol."));
        body.Append(Text(report.ConcernTrend));
        if (report.UndecidedNote is { } undecided)
        {
            body.Append(Text(undecided));
        }

        body.Append(Text(Movement(report)));
        body.Append(
            Table(CountHeaders, CountRows(report).Select(r => new[] { Cell(r[0]), Cell(r[1], right: true), Cell(r[2], right: true) }))
        );
        if (withAppendix)
        {
            body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            AppendAppendix(body, report);
        }
    }

    /// <summary>The exempt appendix alone, for the exempt part of an agenda pack.</summary>
    public static void WriteAppendixDocx(TermlyReport report, DateOnly date, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var frame = new DocumentFrame(
            report.Authority,
            $"Schools causing concern: exempt appendix, {report.Term}",
            date,
            ProtectiveMarking.OfficialSensitive
        );
        using var document = DocxParts.Create(output, frame, out var body);
        AppendAppendix(body, report);
    }

    private static void AppendAppendix(Body body, TermlyReport report)
    {
        body.Append(Heading("Exempt appendix: schools and their ratings", 1));
        body.Append(
            Text("Not for publication by virtue of paragraph 1 of Part 1 of Schedule 12A of the Local Government Act 1972.", bold: true)
        );
        body.Append(Table(AppendixHeaders, report.Appendix.Select(s => AppendixRow(s).Select(c => Cell(c)).ToArray())));
    }

    /// <summary>A school's line of the exempt appendix, the same in Word and on the web page.</summary>
    private static string[] AppendixRow(TermlySchool school) =>
        [
            school.Name,
            school.Urn.ToString(System.Globalization.CultureInfo.InvariantCulture),
            school.LastTerm?.Name() ?? "-",
            school.ThisTerm.Name(),
            school.Reason ?? "",
            school.Progress ?? "",
        ];

    public static string Movement(TermlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.LastTerm is null
            ? "There is no earlier review to compare with."
            : $"Since {report.LastTerm}: {report.Improved} schools moved to a less vulnerable rating, {report.Declined} to a more vulnerable one, and {report.Unchanged} kept their rating.";
    }

    public static string Html(TermlyReport report, bool withAppendix)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        Open(html, $"Termly categorisation, {report.Term}");
        html.Append("<h1>Schools causing concern: termly categorisation, ").Append(Encode(report.Term)).Append("</h1>");
        html.Append("<p>").Append(Encode(report.Authority)).Append(". School Support and Challenge Protocol.</p>");
        html.Append("<p>").Append(Encode(report.ConcernTrend)).Append("</p>");
        if (report.UndecidedNote is { } undecided)
        {
            html.Append("<p>").Append(Encode(undecided)).Append("</p>");
        }

        html.Append("<p>").Append(Encode(Movement(report))).Append("</p>");
        html.Append("<table><caption>Schools by rating</caption><thead><tr>");
        foreach (var header in CountHeaders)
        {
            html.Append("<th scope=\"col\">").Append(header).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in CountRows(report))
        {
            html.Append("<tr><th scope=\"row\">")
                .Append(Encode(row[0]))
                .Append("</th><td class=\"num\">")
                .Append(row[1])
                .Append("</td><td class=\"num\">")
                .Append(row[2])
                .Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        if (withAppendix)
        {
            html.Append(
                "<h2>Exempt appendix: schools and their ratings</h2><p><strong>Not for publication by virtue of paragraph 1 of Part 1 of Schedule 12A of the Local Government Act 1972.</strong></p>"
            );
            Beacon.Reports.Html.HtmlReport.Table(html, null, AppendixHeaders, report.Appendix.Select(AppendixRow), AppendixHeaders.Length);
        }

        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static string Count(IReadOnlyDictionary<SchoolRating, int> counts, SchoolRating rating) =>
        counts.GetValueOrDefault(rating).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
