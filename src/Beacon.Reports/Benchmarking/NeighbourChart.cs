using Beacon.Reports.Charts;
using ScottPlot;

namespace Beacon.Reports.Benchmarking;

/// <summary>
/// Where an authority sits against its statistical neighbours for one indicator: a bar each, the authority's
/// dark and the neighbours' light, England as a dashed line. A complement to the profile table, never the only
/// way to read a figure; neighbours without a figure are left out, not drawn as zero. The bars lie across the
/// page with each authority's full name beside its bar: names set under upright bars were cut ("Hartle").
/// </summary>
public static class NeighbourChart
{
    public static byte[] Png(IReadOnlyList<(string Name, decimal Value, bool IsAuthority)> bars, decimal? england, int width = 720)
    {
        ArgumentNullException.ThrowIfNull(bars);
        using var plot = new Plot();
        plot.Font.Set(ChartPng.FontFamily);
        // The first bar at the top, as the table reads.
        var positions = bars.Select((_, i) => (double)(bars.Count - 1 - i)).ToArray();
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = plot.Add.Bar(positions[i], (double)bars[i].Value);
            bar.Horizontal = true;
            bar.Color = bars[i].IsAuthority ? new Color(29, 112, 184) : new Color(177, 180, 182);
        }

        if (england is { } e)
        {
            var line = plot.Add.VerticalLine((double)e);
            line.LinePattern = LinePattern.Dashed;
            line.Color = Colors.Black;
        }

        plot.Axes.Left.SetTicks(positions, bars.Select(b => b.Name).ToArray());
        plot.Axes.Margins(left: 0);
        return ChartPng.Render(plot, width, 60 + (28 * Math.Max(bars.Count, 3)));
    }
}
