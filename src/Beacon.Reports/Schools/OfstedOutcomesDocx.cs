using Beacon.Domain.Schools;
using Beacon.Reports.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using static Beacon.Reports.Docx.DocxParts;

namespace Beacon.Reports.Schools;

/// <summary>Writes the Ofsted outcomes report as a Word document in the order of the committee's item 7.1.</summary>
public static class OfstedOutcomesDocx
{
    public static void Write(OfstedOutcomesReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var document = DocxParts.Create(output, out var body);

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
        static string Percent(int? value) => value is { } v ? $"{v}%" : "–";
        TableCell[] Row(string label, Func<OutcomeColumn, string> cell, bool bold = false) =>
            [Cell(label, bold: bold), .. columns.Select(c => Cell(cell(c), right: true, bold: bold))];
        var rows = new List<TableCell[]>
        {
            Row(OfstedGrade.Outstanding.Name(), c => Percent(c.Percent(OfstedGrade.Outstanding))),
            Row(OfstedGrade.Good.Name(), c => Percent(c.Percent(OfstedGrade.Good))),
            Row("Good or better", c => Percent(c.PercentGoodOrBetter), bold: true),
            Row(OfstedGrade.RequiresImprovement.Name(), c => Percent(c.Percent(OfstedGrade.RequiresImprovement))),
            Row(OfstedGrade.Inadequate.Name(), c => Percent(c.Percent(OfstedGrade.Inadequate))),
            Row("Schools graded", c => c.Graded.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))),
        };
        var width = 6600 / Math.Max(1, columns.Count);
        return Table(["Ofsted category", .. columns.Select(c => c.Name)], rows, [2400, .. columns.Select(_ => width)]);
    }
}
