namespace Beacon.Data.SocialCare;

/// <summary>What the validation of the latest Annex A extract found: a fix Beacon made, a refused row, or a question for an officer.</summary>
public class AnnexAIssue
{
    public long Id { get; set; }

    public int List { get; set; }

    public long Row { get; set; }

    public string? Column { get; set; }

    public string? Value { get; set; }

    /// <summary><c>Fixed</c>, <c>Refused</c> or <c>Check</c>.</summary>
    public string Kind { get; set; } = "";

    public string Detail { get; set; } = "";

    public long ImportRunId { get; set; }
}
