using Beacon.Domain.Documents;
using Beacon.Domain.Schools;
using Beacon.Reports.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using static Beacon.Reports.Docx.DocxParts;

namespace Beacon.Reports.Schools;

/// <summary>Writes the Ofsted outcomes report as a Word document in the order of the committee's item 7.1.</summary>
public static class OfstedOutcomesDocx
{
    public static void Write(OfstedOutcomesReport report, DateOnly date, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        var frame = new DocumentFrame(
            report.AuthorityName,
            $"OFSTED Inspection Outcomes: {Date(report.From)} to {Date(report.To)}",
            date,
            ProtectiveMarking.Official
        );
        using var document = DocxParts.Create(output, frame, out var body);

        body.Append(Heading($"OFSTED Inspection Outcomes: {Date(report.From)} to {Date(report.To)}", 1));
        body.Append(Text($"{report.AuthorityName}. Schools: {report.GroupName}."));
        body.Append(Heading("1.0 Schools inspected in the period", 2));
        if (report.Inspected.Count == 0)
        {
            body.Append(Text("No school in this group had a graded inspection in the period."));
        }

        var number = 0;
        foreach (var inspection in report.Inspected)
        {
            body.Append(Heading($"1.{++number} {inspection.School}", 3));
            body.Append(
                Text($"{inspection.Phase}, URN {inspection.Urn}. Inspected {Date(inspection.Date)}: {inspection.Outcome}.", bold: true)
            );
            Section(body, "What the school does well", inspection.Strengths);
            Section(body, "What the school needs to do to improve", inspection.AreasForImprovement);
        }

        body.Append(Heading($"2.0 Proportions of schools* in each Ofsted category at {Date(report.To)}", 2));
        body.Append(OutcomesTable(report.Columns));
        body.Append(
            Text("* including special schools, but not PRU. Percentages are of schools with a graded inspection on the 4-point scale.")
        );
        body.Append(
            Text(
                report.PupilsInGoodOrBetter is { } share
                    ? $"Pupils attending good or better schools: {share:0.0}%."
                    : "Pupils attending good or better schools: not available (no pupil numbers are loaded for these schools)."
            )
        );
        if (report.Ungraded > 0)
        {
            body.Append(Text($"{report.Ungraded:N0} schools had no graded inspection by this date and are not counted."));
        }
    }

    private static void Section(Body body, string title, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        body.Append(Text(title, bold: true));
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            body.Append(Text("– " + line.TrimStart('-', '–', ' ')));
        }
    }

    private static Table OutcomesTable(IReadOnlyList<OutcomeColumn> columns)
    {
        var rows = OfstedOutcomesTable
            .Rows(columns)
            .Select(r =>
                new[] { Cell(r.Label, bold: r.Emphasised) }.Concat(r.Cells.Select(c => Cell(c, right: true, bold: r.Emphasised))).ToArray()
            );
        return Table(["Ofsted category", .. columns.Select(c => c.Name)], rows);
    }
}
