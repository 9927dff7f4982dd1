using Beacon.Reports.Charts;
using ScottPlot;

namespace Beacon.Reports.Benchmarking;

/// <summary>
/// Where an authority sits against its statistical neighbours for one indicator: a bar each, the authority's
/// dark and the neighbours' light, England as a dashed line. A complement to the profile table, never the only
/// way to read a figure; neighbours without a figure are left out, not drawn as zero.
/// </summary>
public static class NeighbourChart
{
    public static byte[] Png(
        IReadOnlyList<(string Name, decimal Value, bool IsAuthority)> bars,
        decimal? england,
        int width = 720,
        int height = 300
    )
    {
        ArgumentNullException.ThrowIfNull(bars);
        using var plot = new Plot();
        plot.Font.Set(ChartPng.FontFamily);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = plot.Add.Bar(i, (double)bars[i].Value);
            bar.Color = bars[i].IsAuthority ? new Color(29, 112, 184) : new Color(177, 180, 182);
        }

        if (england is { } e)
        {
            var line = plot.Add.HorizontalLine((double)e);
            line.LinePattern = LinePattern.Dashed;
            line.Color = Colors.Black;
        }

        plot.Axes.Bottom.SetTicks(bars.Select((_, i) => (double)i).ToArray(), bars.Select(b => b.Name).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Margins(bottom: 0);
        return ChartPng.Render(plot, width, height);
    }
}
