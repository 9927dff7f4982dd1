using Beacon.Reports.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using static Beacon.Reports.Docx.DocxParts;
using static Beacon.Reports.Schools.AchievementFormat;

namespace Beacon.Reports.Schools;

/// <summary>Writes the pupil achievement summary as a Word document: measures, gaps, spread between schools, floor standards.</summary>
public static class AchievementSummaryDocx
{
    public static void Write(AchievementSummary summary, string authorityName, Stream output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var document = DocxParts.Create(output, out var body);

        body.Append(Heading($"Pupil Achievement Summary {Year(summary.Year)}: {summary.AreaName}", 1));
        body.Append(
            Text(
                $"{authorityName}. Figures as published by the DfE; suppressed figures are shown by their symbol and never counted as zero."
            )
        );
        body.Append(Heading("1.0 Outcomes against England", 2));
        body.Append(
            Table(
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
                        Cell(r.Measure.Name),
                        Cell(r.Group),
                        Cell(Figure(r.Value, r.Measure.Unit, r.Symbol), right: true),
                        Cell(Figure(r.Region, r.Measure.Unit), right: true),
                        Cell(Figure(r.Neighbours, r.Measure.Unit), right: true),
                        Cell(Figure(r.England, r.Measure.Unit), right: true),
                        Cell(Points(r.Value - r.England, r.Measure.Unit), right: true),
                        Cell(Change(r, summary.Year), right: true),
                    }
                ),
                [2100, 1500, 900, 900, 1000, 900, 900, 1000]
            )
        );
        if (summary.Gaps.Count > 0)
        {
            body.Append(Heading("2.0 Gaps between groups of pupils", 2));
            body.Append(
                Table(
                    ["Measure", "Gap", "This year", "Last year", "Trend", "England"],
                    summary.Gaps.Select(g =>
                        new[]
                        {
                            Cell(g.Measure.Name),
                            Cell(g.Kind),
                            Cell(Points(g.Gap, g.Measure.Unit), right: true),
                            Cell(Points(g.LastYear, g.Measure.Unit), right: true),
                            Cell(g.Trend?.ToString() ?? "–"),
                            Cell(Points(g.England, g.Measure.Unit), right: true),
                        }
                    ),
                    [2600, 2200, 1000, 1000, 1100, 1100]
                )
            );
        }

        body.Append(Heading("3.0 Spread between schools", 2));
        if (summary.Spreads.Count == 0)
        {
            body.Append(Text("No school-level figures are loaded for the authority's schools this year."));
        }
        else
        {
            body.Append(
                Table(
                    ["Measure", "Schools", "Lowest", "Lower quartile", "Median", "Upper quartile", "Highest"],
                    summary.Spreads.Select(s =>
                        new[]
                        {
                            Cell(s.Measure.Name),
                            Cell(s.Spread.Schools.ToString(System.Globalization.CultureInfo.InvariantCulture), right: true),
                            Cell(Figure(s.Spread.Lowest, s.Measure.Unit), right: true),
                            Cell(Figure(s.Spread.LowerQuartile, s.Measure.Unit), right: true),
                            Cell(Figure(s.Spread.Median, s.Measure.Unit), right: true),
                            Cell(Figure(s.Spread.UpperQuartile, s.Measure.Unit), right: true),
                            Cell(Figure(s.Spread.Highest, s.Measure.Unit), right: true),
                        }
                    ),
                    [2600, 900, 900, 1100, 900, 1100, 900]
                )
            );
        }

        body.Append(Heading("4.0 Schools below the floor standards", 2));
        foreach (var floor in summary.Floors)
        {
            body.Append(Text($"{floor.KeyStage}: {floor.Description}."));
        }

        body.Append(
            Text(
                summary.Floors.Count == 0 ? "No floor standard applies to this year."
                : summary.BelowFloor.Count == 0 ? "No school with figures loaded is below the floor."
                : string.Join("; ", summary.BelowFloor.Select(b => $"{b.Name} ({b.KeyStage})")) + "."
            )
        );
        if (summary.FloorUndecided > 0)
        {
            body.Append(
                Text($"{summary.FloorUndecided} school results could not be judged: a figure the floor needs is suppressed or not loaded.")
            );
        }
    }
}
