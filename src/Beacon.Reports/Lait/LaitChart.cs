using Beacon.Domain.Lait;
using Beacon.Reports.Charts;
using ScottPlot;

namespace Beacon.Reports.Lait;

/// <summary>
/// A LAIT measure over the years: the authority as a thick blue line, its region, its neighbours' average and
/// England each drawn differently (solid, dotted, dashed) so no line is told by colour alone. A complement to the
/// table above it, never the only way to read a figure; a year without a figure is a gap, not a zero.
/// </summary>
public static class LaitChart
{
    public static byte[] Png(
        IReadOnlyList<string> years,
        IReadOnlyList<(string Name, LaitRowKind Kind, IReadOnlyList<decimal?> Values)> lines,
        int width = 720,
        int height = 320
    )
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(lines);
        using var plot = new Plot();
        plot.Font.Set(ChartPng.FontFamily);
        foreach (var (name, kind, values) in lines)
        {
            var known = values.Select((v, i) => (X: (double)i, V: v)).Where(p => p.V is not null).ToList();
            if (known.Count == 0)
            {
                continue;
            }

            var line = plot.Add.Scatter(known.Select(p => p.X).ToArray(), known.Select(p => (double)p.V!.Value).ToArray());
            line.LegendText = name;
            (line.Color, line.LinePattern, line.LineWidth, line.MarkerShape) = kind switch
            {
                LaitRowKind.Authority => (new Color(29, 112, 184), LinePattern.Solid, 3f, MarkerShape.FilledCircle),
                LaitRowKind.Region => (new Color(244, 119, 56), LinePattern.Solid, 2f, MarkerShape.FilledSquare),
                LaitRowKind.NeighbourAverage => (new Color(0, 112, 60), LinePattern.Dotted, 2f, MarkerShape.FilledTriangleUp),
                _ => (Colors.Black, LinePattern.Dashed, 2f, MarkerShape.FilledDiamond),
            };
            line.MarkerSize = 7;
        }

        plot.Axes.Bottom.SetTicks(years.Select((_, i) => (double)i).ToArray(), years.ToArray());
        // Below the plot, not over it: inside, it hid the first years of whichever line ran highest.
        plot.ShowLegend(Edge.Bottom);
        return ChartPng.Render(plot, width, height);
    }
}
