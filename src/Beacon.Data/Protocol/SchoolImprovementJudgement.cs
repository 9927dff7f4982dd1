using Beacon.Data.Audit;

namespace Beacon.Data.Protocol;

/// <summary>An overarching judgement on the authority's arrangements for supporting school improvement: the authority's own or Ofsted's.</summary>
[Audited("SchoolImprovementJudgement")]
public class SchoolImprovementJudgement
{
    public int Id { get; set; }

    /// <summary>One of <c>SchoolImprovementJudgementSources</c>.</summary>
    public string Source { get; set; } = "";

    /// <summary><c>Effective</c> or <c>Ineffective</c>.</summary>
    public string Judgement { get; set; } = "";

    public DateOnly JudgedOn { get; set; }

    public string Summary { get; set; } = "";
}
