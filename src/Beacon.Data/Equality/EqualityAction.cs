using Beacon.Data.Audit;

namespace Beacon.Data.Equality;

/// <summary>
/// An action arising from an assessment: who is responsible, by when (the form's own words: "Sept 2014",
/// "Quarterly review"), how it will be evaluated, and whether the directorate holds it as high priority, which puts
/// it in section 5.0 of the quarterly report.
/// </summary>
[Audited("EqualityAction")]
public class EqualityAction
{
    public int Id { get; set; }

    public int AssessmentId { get; set; }

    public int Position { get; set; }

    public string Action { get; set; } = "";

    public string ResponsibleOfficer { get; set; } = "";

    public string ByWhen { get; set; } = "";

    public string Evaluation { get; set; } = "";

    public bool HighPriority { get; set; }

    public List<EqualityActionProgress> Progress { get; set; } = [];
}
