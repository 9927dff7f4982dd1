using Beacon.Data.Audit;

namespace Beacon.Data.Risks;

/// <summary>
/// A risk to one of the framework's objectives (COPS1, CFS2...): who owns it, its cause, event and effect, its
/// inherent score before the controls, the residual score with them, and the score it is managed towards.
/// </summary>
[Audited("DirectorateRisk")]
public class DirectorateRisk
{
    public int Id { get; set; }

    public string Reference { get; set; } = "";

    /// <summary>The objective of the framework the risk threatens, e.g. CFS2.</summary>
    public string ObjectiveReference { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The owning lead officer's initials, as the framework records leads (AMc).</summary>
    public string OwnerInitials { get; set; } = "";

    public string Cause { get; set; } = "";

    public string Event { get; set; } = "";

    public string Effect { get; set; } = "";

    public string Controls { get; set; } = "";

    public int InherentLikelihood { get; set; }

    public int InherentImpact { get; set; }

    public int ResidualLikelihood { get; set; }

    public int ResidualImpact { get; set; }

    public int TargetLikelihood { get; set; }

    public int TargetImpact { get; set; }

    public DateOnly ReviewOn { get; set; }

    public List<RiskReview> Reviews { get; set; } = [];
}
