using Beacon.Domain.Documents;

namespace Beacon.Reports.Docx;

/// <summary>
/// What every page of a Beacon Word document shows round its text: the authority, the report's title and date
/// in the header and footer, its protective marking at top and bottom, and the page number.
/// </summary>
public sealed record DocumentFrame(string Authority, string Title, DateOnly Date, ProtectiveMarking Marking, bool Landscape = false)
{
    /// <summary>The width of the text between A4 margins of an inch, upright, in twentieths of a point.</summary>
    public const int PortraitTextWidth = 11906 - 2 * 1440;

    public const int LandscapeTextWidth = 16838 - 2 * 1440;
}
