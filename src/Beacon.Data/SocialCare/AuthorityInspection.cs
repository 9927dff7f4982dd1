namespace Beacon.Data.SocialCare;

/// <summary>
/// An Ofsted inspection or visit of a local authority's children's services (SIF, ILACS standard or short,
/// focused or monitoring visit), with its judgements as published.
/// </summary>
public class AuthorityInspection
{
    public long Id { get; set; }

    /// <summary>The authority's old three-digit code, which stays the same when it is recoded.</summary>
    public string Authority { get; set; } = "";

    public DateOnly Date { get; set; }

    public DateOnly? PublicationDate { get; set; }

    /// <summary>As Ofsted writes it, e.g. <c>ILACS Standard Inspection</c>, <c>ILACS Focused Visit</c>; empty where only a latest-judgement table gave it.</summary>
    public string Type { get; set; } = "";

    public string? OverallEffectiveness { get; set; }

    /// <summary>The sub-judgements by area, as JSON: leaders' impact, help and protection, children in care, care leavers.</summary>
    public string? AreaJudgements { get; set; }

    public string? VisitTheme { get; set; }

    public long ImportRunId { get; set; }
}
