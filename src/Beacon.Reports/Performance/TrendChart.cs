using ScottPlot;

namespace Beacon.Reports.Performance;

/// <summary>
/// An indicator's trend as a PNG: its quarterly values as a line, and its annual target as a dashed line.
/// A complement to the history table, never the only way to read a figure.
/// </summary>
public static class TrendChart
{
    public static byte[] Png(IReadOnlyList<(string Label, double? Value)> points, double? target, int width = 640, int height = 260)
    {
        ArgumentNullException.ThrowIfNull(points);
        var plot = new Plot();
        var known = points.Select((p, i) => (X: (double)i, p.Value)).Where(p => p.Value is not null).ToList();
        if (known.Count > 0)
        {
            var line = plot.Add.Scatter(known.Select(p => p.X).ToArray(), known.Select(p => p.Value!.Value).ToArray());
            line.LegendText = "Value";
            line.LineWidth = 2;
            line.MarkerSize = 7;
        }

        if (target is { } t)
        {
            var targetLine = plot.Add.HorizontalLine(t);
            targetLine.LinePattern = LinePattern.Dashed;
            targetLine.LegendText = "Annual target";
            targetLine.Color = Colors.Black;
        }

        plot.Axes.Bottom.SetTicks(points.Select((_, i) => (double)i).ToArray(), points.Select(p => p.Label).ToArray());
        plot.ShowLegend(Alignment.LowerRight);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
