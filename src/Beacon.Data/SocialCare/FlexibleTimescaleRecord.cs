using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.SocialCare;

/// <summary>A flexible-assessment direction for a child: the lead social worker's timescale, who decided it, when and why.</summary>
[Audited("FlexibleTimescale", AuditConfidentiality.ChildLevel)]
public class FlexibleTimescaleRecord
{
    public int Id { get; set; }

    public string ChildId { get; set; } = "";

    public int WorkingDays { get; set; }

    public string DecidedBy { get; set; } = "";

    public DateOnly DecidedOn { get; set; }

    public string Reason { get; set; } = "";
}
