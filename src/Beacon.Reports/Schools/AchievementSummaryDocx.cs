using Beacon.Domain.Documents;
using Beacon.Reports.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using static Beacon.Reports.Docx.DocxParts;

namespace Beacon.Reports.Schools;

/// <summary>Writes the pupil achievement summary as a Word document, A4 landscape: measures, gaps, spread between schools, floor standards.</summary>
public static class AchievementSummaryDocx
{
    public static void Write(AchievementSummary summary, string authorityName, DateOnly date, Stream output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        // Eight columns of figures beside the measure: landscape, so that place names and "not comparable" fit.
        var frame = new DocumentFrame(
            authorityName,
            AchievementSummaryTables.Title(summary),
            date,
            ProtectiveMarking.Official,
            Landscape: true
        );
        using var document = DocxParts.Create(output, frame, out var body);

        body.Append(Heading($"{AchievementSummaryTables.Title(summary)}: {summary.AreaName}", 1));
        body.Append(
            Text(
                $"{authorityName}. Figures as published by the DfE; suppressed figures are shown by their symbol and never counted as zero."
            )
        );
        body.Append(Heading("1.0 Outcomes against England", 2));
        body.Append(WordTable(AchievementSummaryTables.Outcomes(summary), firstRight: 2));
        var notes = AchievementSummaryTables.Notes(summary);
        if (notes.Count > 0)
        {
            body.Append(Heading("Notes on the figures", 3));
            foreach (var note in notes)
            {
                body.Append(Text(note));
            }
        }
        if (summary.Gaps.Count > 0)
        {
            body.Append(Heading("2.0 Gaps between groups of pupils", 2));
            // The trend is words, left as before.
            body.Append(WordTable(AchievementSummaryTables.Gaps(summary), firstRight: 2, alsoLeft: 4));
        }

        body.Append(Heading("3.0 Spread between schools", 2));
        if (summary.Spreads.Count == 0)
        {
            body.Append(Text("No school-level figures are loaded for the authority's schools this year."));
        }
        else
        {
            body.Append(WordTable(AchievementSummaryTables.Spreads(summary), firstRight: 1));
        }

        body.Append(Heading("4.0 Schools below the floor standards", 2));
        foreach (var floor in summary.Floors)
        {
            body.Append(Text($"{floor.KeyStage}: {floor.Description}."));
        }

        body.Append(Text(AchievementSummaryTables.BelowFloor(summary)));
        if (summary.FloorUndecided > 0)
        {
            body.Append(
                Text($"{summary.FloorUndecided} school results could not be judged: a figure the floor needs is suppressed or not loaded.")
            );
        }
    }

    // Text columns to the left, figures from firstRight on to the right, but for a column of words among them.
    private static Table WordTable(AchievementSummaryTables.ReportTable table, int firstRight, int alsoLeft = -1) =>
        Table(table.Headers, table.Rows.Select(r => r.Select((text, i) => Cell(text, right: i >= firstRight && i != alsoLeft)).ToArray()));
}
