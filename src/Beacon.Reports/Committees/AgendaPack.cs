using Beacon.Domain.Committees;

namespace Beacon.Reports.Committees;

/// <summary>Which part of a meeting's papers a pack holds: the public part everyone may read, or the exempt part.</summary>
public enum PackPart
{
    Public,
    Exempt,
}

/// <summary>
/// A meeting's agenda pack: the agenda in the council's structure, then each item's paper, in one document whose
/// page numbers run through the pack. The exempt pack holds only exempt items and the exempt parts of public ones.
/// </summary>
public sealed record AgendaPack(
    string Authority,
    string Committee,
    DateTime StartsAt,
    string Venue,
    IReadOnlyList<string> Membership,
    IReadOnlyList<PackSection> Sections,
    string? NextMeeting,
    PackPart Part
)
{
    public string Title => $"{Committee} agenda, {StartsAt:d MMMM yyyy}";
}

/// <summary>An agenda section and its items; a section with none prints "None." as the seeds do.</summary>
public sealed record PackSection(AgendaSection Section, IReadOnlyList<PackItem> Items);

/// <summary>An agenda line: number, title, who reports, and the paper behind it, if any.</summary>
public sealed record PackItem(
    string Number,
    string Title,
    string? ReportOf,
    PackPaper? Paper,
    bool IsSupplement = false,
    int? ExemptParagraph = null
)
{
    public string Bookmark => "item_" + Number.Replace('.', '_');
}

/// <summary>
/// An item's paper in the council's template: the numbered sections the officer wrote, recommendations,
/// reasons, background papers and contact officer, and the Beacon report frozen for it (as Word), with how it
/// can be reproduced.
/// </summary>
public sealed record PackPaper(
    string TypeOfDecision,
    IReadOnlyList<(string Heading, string Text)> Sections,
    IReadOnlyList<string> Recommendations,
    string? Reasons,
    string? BackgroundPapers,
    IReadOnlyList<string> Contact,
    byte[]? Report = null,
    string? ReportProvenance = null
);
