namespace Beacon.Data.Committees;

/// <summary>An agenda item of a committee meeting; an exempt one is kept from people without the right.</summary>
public class CommitteeItem
{
    public int Id { get; set; }

    public string Committee { get; set; } = "";

    public DateOnly MeetingDate { get; set; }

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Exempt from publication under Schedule 12A.</summary>
    public bool IsExempt { get; set; }

    /// <summary>The Schedule 12A paragraph that makes it exempt, e.g. "Paragraph 1".</summary>
    public string? ExemptionParagraph { get; set; }
}
