using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.SocialCare;

/// <summary>An IRO's formal dispute about a child's plan: who raised it, when, the concern, and how it was resolved.</summary>
[Audited("IroDispute", AuditConfidentiality.ChildLevel)]
public class IroDispute
{
    public long Id { get; set; }

    public string ChildId { get; set; } = "";

    public string RaisedBy { get; set; } = "";

    public DateOnly RaisedOn { get; set; }

    public string Concern { get; set; } = "";

    public DateOnly? ResolvedOn { get; set; }

    public string? Outcome { get; set; }
}
