using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.Protocol;

/// <summary>A meeting of a support group, or a keeping-in-touch meeting, with its notes on progress.</summary>
[Audited("SupportMeeting", AuditConfidentiality.SchoolRating)]
public class SupportMeeting
{
    public int Id { get; set; }

    public int GroupId { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Progress { get; set; } = "";

    /// <summary>An Officer Group's fortnightly keeping-in-touch (KIT) meeting with a senior LA officer, not the group's own.</summary>
    public bool IsKeepingInTouch { get; set; }
}
