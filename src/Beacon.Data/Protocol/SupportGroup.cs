using Beacon.Data.Audit;
using Beacon.Domain.Audit;
using Beacon.Domain.Protocol;

namespace Beacon.Data.Protocol;

/// <summary>A Focus Group or Officer Group convened for a school (the protocol's Appendix 3).</summary>
[Audited("SupportGroup", AuditConfidentiality.SchoolRating)]
public class SupportGroup
{
    public int Id { get; set; }

    public int Urn { get; set; }

    /// <summary><c>FocusGroup</c> or <c>OfficerGroup</c>.</summary>
    public SupportGroupKind Kind { get; set; }

    public string Chair { get; set; } = "";

    public string Members { get; set; } = "";

    /// <summary>How often it meets, in days: 7 weekly, 14 fortnightly, 42 half-termly.</summary>
    public int MeetEveryDays { get; set; }

    /// <summary>Its remit, e.g. "getting to good".</summary>
    public string Remit { get; set; } = "";

    public DateOnly StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }
}
