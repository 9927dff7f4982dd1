using System.Collections.Concurrent;

namespace Beacon.Reports.Performance;

/// <summary>
/// The report's trend charts, drawn once for both the Word and the HTML report. Drawing is most of the
/// report's work (about 4 ms a chart), so the charts are drawn in parallel, one per indicator with a trend.
/// </summary>
public static class ReportCharts
{
    /// <summary>Printed about 12.7 cm by 4.8 cm at 96 dots per inch: the width of the report's text column.</summary>
    public const int Width = 480;

    public const int Height = 180;

    public static IReadOnlyDictionary<ReportIndicator, byte[]> Draw(PerformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var charts = new ConcurrentDictionary<ReportIndicator, byte[]>(ReferenceEqualityComparer.Instance);
        Parallel.ForEach(
            report.Areas.SelectMany(a => a.Indicators).Where(i => i.Trend is not null),
            indicator => charts[indicator] = TrendChart.Png(indicator.Trend!.Points, indicator.Trend.Target, Width, Height)
        );
        return charts;
    }
}
