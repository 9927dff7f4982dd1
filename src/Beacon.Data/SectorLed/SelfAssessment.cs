using Beacon.Data.Audit;

namespace Beacon.Data.SectorLed;

/// <summary>
/// An authority's self-assessment against a framework (<c>AssessmentFrameworks</c>): a grade and an account per area,
/// with evidence from its profile. Each edit is a new revision; it is signed off when every sign-off role has
/// signed the current revision, and each signature keeps the revision as it was, evidence figures frozen.
/// </summary>
[Audited("SelfAssessment")]
public class SelfAssessment
{
    public int Id { get; set; }

    public string FrameworkCode { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The year it covers, as the authority writes it (2026/27).</summary>
    public string Period { get; set; } = "";

    /// <summary>Goes up with every change to an area, so that a signature is of one revision only.</summary>
    public int Revision { get; set; } = 1;

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When it was shared with the region's moderation panel; null while it is the authority's alone.</summary>
    public DateTime? SharedWithRegionAtUtc { get; set; }

    public List<SelfAssessmentArea> Areas { get; set; } = [];

    public List<SelfAssessmentSignOff> SignOffs { get; set; } = [];
}
