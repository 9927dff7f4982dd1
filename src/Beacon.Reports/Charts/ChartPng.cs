using ScottPlot;
using SkiaSharp;

namespace Beacon.Reports.Charts;

/// <summary>What every Beacon chart shares: its typeface and how it becomes a PNG.</summary>
public static class ChartPng
{
    // Arial as the report's text, or the nearest sans-serif installed; fontconfig may map "sans" to a serif face.
    public static string FontFamily { get; } =
        new[] { "Arial", "Liberation Sans", "DejaVu Sans" }.FirstOrDefault(f => SKFontManager.Default.GetFontStyles(f).Count > 0)
        ?? Fonts.Default;

    public static byte[] Render(Plot plot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        plot.Render(surface.Canvas, width, height);
        using var pixels = surface.PeekPixels();
        // The "sub" filter at a low compression level encodes about four times faster than ScottPlot's default
        // for a file within a few per cent of its size; a report draws hundreds of charts.
        using var png =
            pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3))
            ?? throw new InvalidOperationException("SkiaSharp could not encode the chart as PNG.");
        return png.ToArray();
    }
}
