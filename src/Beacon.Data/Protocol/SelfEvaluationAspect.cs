using Beacon.Data.Audit;

namespace Beacon.Data.Protocol;

/// <summary>
/// The authority's own evaluation of one of Ofsted's nine aspects of its support for school improvement: strengths and
/// weaknesses with their evidence, as Ofsted reports each aspect; the judgement is overarching, not per aspect.
/// </summary>
[Audited("SelfEvaluation")]
public class SelfEvaluationAspect
{
    public int Id { get; set; }

    /// <summary>1 to 9, in the order of the handbook's paragraph 49.</summary>
    public int Aspect { get; set; }

    public string Strengths { get; set; } = "";

    public string Weaknesses { get; set; } = "";

    public string Evidence { get; set; } = "";
}
