using Beacon.Domain.Committees;

namespace Beacon.Application.Committees;

/// <summary>
/// What an officer or democratic services write for an agenda item before it is published: its heading, type of
/// decision, the Beacon report its paper rests on, and the paper's sections in the authority's report template.
/// </summary>
public sealed record AgendaItemDraft
{
    public string Title { get; init; } = "";

    public string? ReportOf { get; init; }

    public DecisionType DecisionType { get; init; } = DecisionType.ForInformation;

    public string? ForwardPlanReference { get; init; }

    /// <summary>For an exempt item, the Schedule 12A paragraph that makes it so.</summary>
    public int? ExemptParagraph { get; init; }

    /// <summary>For a public item whose report has an exempt part (the termly report's appendix), that part's paragraph.</summary>
    public int? ExemptPartParagraph { get; init; }

    public PaperSource Source { get; init; }

    public string? SourceParameters { get; init; }

    public string Recommendations { get; init; } = "";

    public string? ReasonsForRecommendations { get; init; }

    public string? BackgroundPapers { get; init; }

    public string? ContactOfficer { get; init; }

    /// <summary>The template's sections as written, by heading; an empty one takes the template's words for none.</summary>
    public IReadOnlyDictionary<string, string> Sections { get; init; } = new Dictionary<string, string>();
}
