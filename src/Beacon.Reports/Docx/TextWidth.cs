namespace Beacon.Reports.Docx;

/// <summary>
/// How wide text sets in Arial, from Arial's published advance widths (thousandths of an em), so that tables can
/// be given columns no narrower than their longest word without a font on the machine.
/// </summary>
internal static class TextWidth
{
    // Advance widths of ' ' to '~' in Arial Regular.
    private static readonly short[] Ascii =
    [
        278,
        278,
        355,
        556,
        556,
        889,
        667,
        191,
        333,
        333,
        389,
        584,
        278,
        333,
        278,
        278, // space to /
        556,
        556,
        556,
        556,
        556,
        556,
        556,
        556,
        556,
        556,
        278,
        278,
        584,
        584,
        584,
        556, // 0 to ?
        1015,
        667,
        667,
        722,
        722,
        667,
        611,
        778,
        722,
        278,
        500,
        667,
        556,
        833,
        722,
        778, // @ to O
        667,
        778,
        722,
        667,
        611,
        722,
        667,
        944,
        667,
        667,
        611,
        278,
        278,
        278,
        469,
        556, // P to _
        333,
        556,
        556,
        500,
        556,
        556,
        278,
        556,
        556,
        222,
        222,
        500,
        222,
        833,
        556,
        556, // ` to o
        556,
        556,
        333,
        500,
        278,
        556,
        500,
        722,
        500,
        500,
        500,
        334,
        260,
        334,
        584, // p to ~
    ];

    /// <summary>The width in twentieths of a point of text at a size in points; bold sets about a tenth wider.</summary>
    public static int Twips(string text, double points, bool bold)
    {
        var units = 0;
        foreach (var c in text)
        {
            units += c is >= ' ' and <= '~' ? Ascii[c - ' '] : 600;
        }

        return (int)Math.Ceiling(units / 1000.0 * points * 20 * (bold ? 1.1 : 1.0));
    }
}
