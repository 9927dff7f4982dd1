using System.Text;
using Beacon.Domain.Documents;
using Beacon.Reports.Docx;
using static Beacon.Reports.Docx.DocxParts;
using static Beacon.Reports.Html.HtmlReport;

namespace Beacon.Reports.SocialCare;

/// <summary>One line of the validation report: what kind, where, and what.</summary>
public sealed record ValidationLine(string Kind, int List, long Row, string? Column, string? Value, string Detail);

/// <summary>
/// The Annex A validation report for the officer preparing the return: rows refused and why, questions for an
/// officer, then what Beacon fixed, each with the list, row and column to find it by. Child-level: confidential.
/// </summary>
public static class AnnexAValidationReport
{
    private static readonly string[] Headers = ["List", "Row", "Column", "Value", "What"];

    private static readonly string[] Sections = ["Refused", "Check", "Fixed"];

    private static readonly Dictionary<string, string> Titles = new()
    {
        ["Refused"] = "Rows refused: not in the lists until corrected",
        ["Check"] = "For an officer to check",
        ["Fixed"] = "Fixed by Beacon: reworded headers, codes in other forms, dates in other formats",
    };

    public static void WriteDocx(string authority, string extract, IReadOnlyList<ValidationLine> lines, DateOnly date, Stream output)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var frame = new DocumentFrame(authority, "Annex A validation report", date, ProtectiveMarkings.For(childLevel: true));
        using var document = DocxParts.Create(output, frame, out var body);
        body.Append(Heading("Annex A validation report", 1));
        body.Append(Text($"{authority}. {extract}. Confidential: child-level information.", bold: true));
        foreach (var kind in Sections)
        {
            var section = lines.Where(l => l.Kind == kind).ToList();
            body.Append(Heading($"{Titles[kind]} ({section.Count})", 2));
            if (section.Count > 0)
            {
                body.Append(Table(Headers, section.Select(l => Row(l).Select(c => Cell(c)).ToArray())));
            }
        }
    }

    public static string Html(string authority, string extract, IReadOnlyList<ValidationLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var html = new StringBuilder();
        Open(html, "Annex A validation report");
        html.Append("<h1>Annex A validation report</h1><p><strong>")
            .Append(Encode($"{authority}. {extract}. Confidential: child-level information."))
            .Append("</strong></p>");
        foreach (var kind in Sections)
        {
            var section = lines.Where(l => l.Kind == kind).ToList();
            html.Append("<h2>").Append(Encode($"{Titles[kind]} ({section.Count})")).Append("</h2>");
            if (section.Count == 0)
            {
                continue;
            }

            Table(html, null, Headers, section.Select(Row), Headers.Length);
        }

        return html.Append("</main></body></html>").ToString();
    }

    private static string[] Row(ValidationLine line) =>
        [
            line.List.ToString(System.Globalization.CultureInfo.InvariantCulture),
            line.Row.ToString(System.Globalization.CultureInfo.InvariantCulture),
            line.Column ?? "",
            line.Value ?? "",
            line.Detail,
        ];
}
