using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.Protocol;

/// <summary>One section of a non-SIP school's summary SEF for a term (Appendix 1): a judgement on the Ofsted scale with its reasons.</summary>
[Audited("SummarySef", AuditConfidentiality.SchoolRating)]
public class SummarySefSection
{
    public int Id { get; set; }

    public int Urn { get; set; }

    public string Term { get; set; } = "";

    /// <summary>School context, Achievement, Quality of teaching, Behaviour and safety, Leadership and management, Overall effectiveness.</summary>
    public string Section { get; set; } = "";

    /// <summary>1 to 4 on the Ofsted scale; none for the school's context.</summary>
    public int? Judgement { get; set; }

    public string Strengths { get; set; } = "";

    public string AreasForImprovement { get; set; } = "";

    public string WhyNotNextGradeUp { get; set; } = "";
}
