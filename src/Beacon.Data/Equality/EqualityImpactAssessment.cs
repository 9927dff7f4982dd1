using Beacon.Data.Audit;
using Beacon.Domain.Equality;

namespace Beacon.Data.Equality;

/// <summary>
/// An equality impact assessment of a proposal, a policy or a service (000, item 5.1, Appendix 2): who owns it,
/// what is known and not known, the impact on each protected characteristic, the outcome, and the actions.
/// Each publication keeps a version as it stood.
/// </summary>
[Audited("EqualityImpactAssessment")]
public class EqualityImpactAssessment
{
    public int Id { get; set; }

    /// <summary>What pages and papers name it by, e.g. EIA-EIG-2014-15.</summary>
    public string Reference { get; set; } = "";

    public string Title { get; set; } = "";

    public EqualitySubject Subject { get; set; }

    /// <summary>The savings programme whose proposals it assesses, where it assesses one.</summary>
    public int? SavingsProgrammeId { get; set; }

    public string Department { get; set; } = "";

    public string Division { get; set; } = "";

    public string Section { get; set; } = "";

    public string Owner { get; set; } = "";

    public string FunctionOrService { get; set; } = "";

    public string InformationAvailable { get; set; } = "";

    public string InformationGaps { get; set; } = "";

    /// <summary>The form's "What is the impact": the assessment's finding across the characteristics.</summary>
    public string ImpactSummary { get; set; } = "";

    public EqualityOutcome Outcome { get; set; }

    public string OutcomeJustification { get; set; } = "";

    /// <summary>The month it was carried out: the form gives a month ("Sept 2013"), kept as its first day.</summary>
    public DateOnly AssessedOn { get; set; }

    public DateOnly? SentForPublishingOn { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public DateOnly? ReviewedOn { get; set; }

    /// <summary>The number of its latest published version; 0 until first published.</summary>
    public int Version { get; set; }

    public List<EqualityCharacteristicImpact> Impacts { get; set; } = [];

    public List<EqualityAction> Actions { get; set; } = [];
}
