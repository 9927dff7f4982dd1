using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.SocialCare;

/// <summary>A child drawn into an audit sample.</summary>
[Audited("AuditSampleCase", AuditConfidentiality.ChildLevel)]
public class AuditSampleCase
{
    public long Id { get; set; }

    public long SampleId { get; set; }

    public string ChildId { get; set; } = "";
}
