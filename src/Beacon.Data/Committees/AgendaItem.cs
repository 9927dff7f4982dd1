using Beacon.Data.Audit;
using Beacon.Domain.Audit;
using Beacon.Domain.Committees;

namespace Beacon.Data.Committees;

/// <summary>
/// An item on a meeting's agenda, numbered by its section (5.1, 6.2), with its paper: the report template's
/// sections written by the officer around a Beacon report frozen when the agenda was published. An exempt item
/// is kept from people without the right, and its audit entries with it.
/// </summary>
[Audited("AgendaItem", AuditConfidentiality.ExemptItem)]
public class AgendaItem
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public AgendaSection Section { get; set; }

    /// <summary>The item's place in its section: 2 in 6.2.</summary>
    public int Position { get; set; }

    public string Title { get; set; } = "";

    /// <summary>"Report of": the officer's title.</summary>
    public string? ReportOf { get; set; }

    public DecisionType DecisionType { get; set; }

    /// <summary>A key decision's forward plan reference, e.g. CAS013/13.</summary>
    public string? ForwardPlanReference { get; set; }

    /// <summary>The Schedule 12A paragraph (1 to 7) that makes the whole item exempt; null for a public item.</summary>
    public int? ExemptParagraph { get; set; }

    /// <summary>The paragraph that makes the exempt part of a public item's paper exempt (the termly report's appendix).</summary>
    public int? ExemptPartParagraph { get; set; }

    public PaperSource Source { get; set; }

    /// <summary>What the source report is of: a quarter (2013-Q1), a school review's id, or a period (2013-03-01..2013-07-31).</summary>
    public string? SourceParameters { get; set; }

    /// <summary>Recommendations, one to a line, numbered when printed.</summary>
    public string Recommendations { get; set; } = "";

    public string? ReasonsForRecommendations { get; set; }

    public string? BackgroundPapers { get; set; }

    /// <summary>Contact officer: name, title, telephone and e-mail, one to a line.</summary>
    public string? ContactOfficer { get; set; }

    /// <summary>Added after the agenda was published: printed as a supplement.</summary>
    public bool IsSupplement { get; set; }

    /// <summary>When the item's paper was fixed and put before readers: with the agenda, or later as a supplement.</summary>
    public DateTime? PublishedAtUtc { get; set; }

    /// <summary>Across the municipal year, given when the minutes are written.</summary>
    public int? MinuteNumber { get; set; }

    /// <summary>What the minutes record of the item before its resolutions.</summary>
    public string? MinuteText { get; set; }

    public List<PaperSection> Sections { get; set; } = [];

    public List<Resolution> Resolutions { get; set; } = [];

    public bool IsExempt => ExemptParagraph is not null;

    public bool IsPublished => PublishedAtUtc is not null;

    public string Number => Section.Number(Position);
}
