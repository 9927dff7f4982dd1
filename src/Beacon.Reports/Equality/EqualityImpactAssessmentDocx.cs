using System.Globalization;
using Beacon.Domain.Documents;
using Beacon.Domain.Equality;
using Beacon.Reports.Docx;
using static Beacon.Reports.Docx.DocxParts;

namespace Beacon.Reports.Equality;

/// <summary>
/// Writes an equality impact assessment in the order of the seed's form (000, item 5.1, Appendix 2): who owns it,
/// the function or service, the information available and its gaps, each protected characteristic, the impact, the
/// outcome chosen of the four, the actions, and the dates it was carried out, published and reviewed.
/// </summary>
public static class EqualityImpactAssessmentDocx
{
    public static void Write(EqualityImpactAssessmentReport report, string authority, DateOnly date, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = $"Equality impact assessment: {report.Title}";
        using var document = DocxParts.Create(output, new DocumentFrame(authority, title, date, ProtectiveMarking.Official), out var body);
        body.Append(Heading(title, 1));
        body.Append(
            Text(
                report.Version == 0
                    ? $"{report.Reference}, a draft assessment of a {Lower(report.Subject)}: not yet published."
                    : $"{report.Reference}, version {report.Version.ToString(CultureInfo.InvariantCulture)}, an assessment of a {Lower(report.Subject)}."
            )
        );
        body.Append(
            Table(
                ["Department", "Division", "Section", "Owner or officer"],
                [
                    [Cell(report.Department), Cell(report.Division), Cell(report.Section), Cell(report.Owner)],
                ]
            )
        );
        Section(body, "Function or service", report.FunctionOrService);
        Section(body, "Information available", report.InformationAvailable);
        Section(body, "Information gaps", report.InformationGaps);
        body.Append(Heading("Relevance", 2));
        body.Append(Text("Which protected characteristics are relevant to the area reviewed or changed, and the impact on each."));
        body.Append(
            Table(
                ["Protected characteristic", "Relevant", "Impact"],
                report.Impacts.Select(i => new[] { Cell(i.Characteristic.Name()), Cell(i.Relevant ? "Yes" : "No"), Cell(i.Impact ?? "") })
            )
        );
        Section(body, "What is the impact", report.ImpactSummary);
        body.Append(Heading("Addressing the impact", 2));
        body.Append(Text(report.Outcome.Name(), bold: true));
        Paragraphs(body, report.OutcomeJustification);
        body.Append(Heading("Actions", 2));
        body.Append(
            report.Actions.Count == 0
                ? Text("No actions arise from this assessment.")
                : Table(
                    ["Action identified", "Responsible officer", "By when", "How will this be evaluated?", "Priority"],
                    report.Actions.Select(a =>
                        new[]
                        {
                            Cell(a.Action),
                            Cell(a.ResponsibleOfficer),
                            Cell(a.ByWhen),
                            Cell(a.Evaluation),
                            Cell(a.HighPriority ? "High" : "Normal"),
                        }
                    )
                )
        );
        body.Append(Heading("Dates", 2));
        (string Name, string Value)[] dates =
        [
            ("Date the assessment was carried out", report.AssessedOn.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))),
            ("Date sent to the equality representative for publishing", Optional(report.SentForPublishingOn)),
            ("Date published", Optional(report.PublishedOn)),
            ("Date reviewed", Optional(report.ReviewedOn)),
        ];
        body.Append(Table(["Date", "When"], dates.Select(d => new[] { Cell(d.Name), Cell(d.Value) })));
    }

    private static void Section(DocumentFormat.OpenXml.Wordprocessing.Body body, string heading, string text)
    {
        body.Append(Heading(heading, 2));
        Paragraphs(body, text);
    }

    // The form's free text keeps its paragraphs and lists as the officer wrote them, one per line.
    private static void Paragraphs(DocumentFormat.OpenXml.Wordprocessing.Body body, string text)
    {
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            body.Append(Text(paragraph));
        }
    }

    private static string Optional(DateOnly? date) => date is { } d ? Date(d) : "Not yet";

    private static string Lower(EqualitySubject subject) => subject.ToString().ToLowerInvariant();
}
