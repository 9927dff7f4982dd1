using System.Globalization;
using static Beacon.Reports.Schools.AchievementFormat;

namespace Beacon.Reports.Schools;

/// <summary>The achievement summary's tables and floor sentence, written once for the Word and the HTML report.</summary>
public static class AchievementSummaryTables
{
    /// <summary>A table's headers and its rows as the reports show them.</summary>
    public sealed record ReportTable(string[] Headers, IReadOnlyList<string[]> Rows);

    public static ReportTable Outcomes(AchievementSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(
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
            summary
                .Rows.Select(r =>
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
                )
                .ToList()
        );
    }

    public static ReportTable Gaps(AchievementSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(
            ["Measure", "Gap", "This year", "Last year", "Trend", "England"],
            summary
                .Gaps.Select(g =>
                    new[]
                    {
                        g.Measure.Name,
                        g.Kind,
                        Points(g.Gap, g.Measure.Unit),
                        Points(g.LastYear, g.Measure.Unit),
                        g.Trend?.ToString() ?? "–",
                        Points(g.England, g.Measure.Unit),
                    }
                )
                .ToList()
        );
    }

    public static ReportTable Spreads(AchievementSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(
            ["Measure", "Schools", "Lowest", "Lower quartile", "Median", "Upper quartile", "Highest"],
            summary
                .Spreads.Select(s =>
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
                )
                .ToList()
        );
    }

    /// <summary>
    /// What a reader must know of the outcomes' figures, one line a row that has something to say: provisional
    /// figures, England's last-year figures standing in, figures an officer recorded and their source.
    /// </summary>
    public static IReadOnlyList<string> Notes(AchievementSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary
            .Rows.Where(r => r.Notes is { Text.Length: > 0 })
            .Select(r => $"{r.Measure.Name} ({r.Group}): {r.Notes!.Text}")
            .Concat(summary.RecordedSources.Select(s => $"Recorded by an officer from {s.Source}: {string.Join("; ", s.Measures)}."))
            .ToList();
    }

    /// <summary>The summary's title, marked provisional while any of the authority's figures is.</summary>
    public static string Title(AchievementSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return $"Pupil Achievement Summary {Year(summary.Year)}{(summary.IsProvisional ? " (Provisional)" : "")}";
    }

    /// <summary>Which schools are below the floor, or why none is named.</summary>
    public static string BelowFloor(AchievementSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Floors.Count == 0 ? "No floor standard applies to this year."
            : summary.BelowFloor.Count == 0 ? "No school with figures loaded is below the floor."
            : string.Join("; ", summary.BelowFloor.Select(b => $"{b.Name} ({b.KeyStage})")) + ".";
    }
}
