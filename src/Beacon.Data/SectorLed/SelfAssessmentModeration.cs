using Beacon.Data.Audit;

namespace Beacon.Data.SectorLed;

/// <summary>
/// The regional panel's word on one area of a shared self-assessment: its challenge and moderated grade. The
/// panel's own record (its regional body owns it); the authority reads those of its own self-assessments.
/// </summary>
[Audited("SelfAssessmentModeration")]
public class SelfAssessmentModeration
{
    public int Id { get; set; }

    public int SelfAssessmentId { get; set; }

    /// <summary>The organisation whose self-assessment it moderates.</summary>
    public int AuthorityOrganisationId { get; set; }

    /// <summary>The signed revision the panel read.</summary>
    public int Revision { get; set; }

    public string AreaCode { get; set; } = "";

    public string ModeratedGrade { get; set; } = "";

    public string Challenge { get; set; } = "";

    public string ModeratedBy { get; set; } = "";

    public DateTime ModeratedAtUtc { get; set; }
}
