using Beacon.Data.Audit;
using Beacon.Domain.Performance;

namespace Beacon.Data.Performance;

/// <summary>A titled piece of the quarter's narrative: a key development, an emerging issue, risk control or equality actions.</summary>
[Audited("Narrative")]
public class NarrativeSection
{
    public int Id { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }

    /// <summary>KeyDevelopments, EmergingIssues, RiskControl or EqualityActions.</summary>
    public NarrativeKind Kind { get; set; }

    /// <summary>The subsection's title, e.g. "Ofsted Inspection Framework"; empty where the section has one text.</summary>
    public string Title { get; set; } = "";

    /// <summary>Paragraphs separated by blank lines.</summary>
    public string Body { get; set; } = "";

    public int SortOrder { get; set; }
}
