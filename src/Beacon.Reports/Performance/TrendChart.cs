using ScottPlot;

namespace Beacon.Reports.Performance;

/// <summary>
/// An indicator's trend as a PNG: its quarterly values as a line, and its annual target as a dashed line.
/// A complement to the history table, never the only way to read a figure. No legend: it would cover
/// points in a chart this small, so the caption beside the chart names the lines instead.
/// </summary>
public static class TrendChart
{
    public static byte[] Png(
        IReadOnlyList<(string Label, double? Value)> points,
        double? target,
        int width = 640,
        int height = 260,
        IReadOnlyList<double?>? comparison = null
    )
    {
        ArgumentNullException.ThrowIfNull(points);
        using var plot = new Plot();
        plot.Font.Set(Charts.ChartPng.FontFamily);
        var known = points.Select((p, i) => (X: (double)i, p.Value)).Where(p => p.Value is not null).ToList();
        if (known.Count > 0)
        {
            var line = plot.Add.Scatter(known.Select(p => p.X).ToArray(), known.Select(p => p.Value!.Value).ToArray());
            line.LineWidth = 2;
            line.MarkerSize = 7;
        }

        // A comparison (England, say) as a dashed black line through its own points, where it has them.
        var compared = (comparison ?? []).Select((v, i) => (X: (double)i, Value: v)).Where(p => p.Value is not null).ToList();
        if (compared.Count > 0)
        {
            var line = plot.Add.Scatter(compared.Select(p => p.X).ToArray(), compared.Select(p => p.Value!.Value).ToArray());
            line.LinePattern = LinePattern.Dashed;
            line.Color = Colors.Black;
            line.LineWidth = 2;
            line.MarkerSize = 5;
        }

        if (target is { } t)
        {
            var targetLine = plot.Add.HorizontalLine(t);
            targetLine.LinePattern = LinePattern.Dashed;
            targetLine.Color = Colors.Black;
        }

        plot.Axes.Bottom.SetTicks(points.Select((_, i) => (double)i).ToArray(), points.Select(p => p.Label).ToArray());
        return Charts.ChartPng.Render(plot, width, height);
    }
}
