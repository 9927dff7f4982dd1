using Beacon.Data.Audit;
using Beacon.Domain.Access;

namespace Beacon.Data.SectorLed;

/// <summary>A signature of one revision by one of the sign-off roles, with that revision kept as signed.</summary>
[Audited("SelfAssessmentSignOff")]
public class SelfAssessmentSignOff
{
    public int Id { get; set; }

    public int SelfAssessmentId { get; set; }

    public int Revision { get; set; }

    public BeaconRole Role { get; set; }

    public string SignedBy { get; set; } = "";

    public DateTime SignedAtUtc { get; set; }

    /// <summary>The revision as signed, as JSON: every area's grade, account and evidence figures as they were that day.</summary>
    public string Snapshot { get; set; } = "";
}
