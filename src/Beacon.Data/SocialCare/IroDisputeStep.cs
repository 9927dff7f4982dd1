using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.SocialCare;

/// <summary>A stage a dispute reached: started on a day, recorded by whom, with why it went to that stage.</summary>
[Audited("IroDisputeStep", AuditConfidentiality.ChildLevel)]
public class IroDisputeStep
{
    public long Id { get; set; }

    public long DisputeId { get; set; }

    public int Stage { get; set; }

    public DateOnly StartedOn { get; set; }

    public string RecordedBy { get; set; } = "";

    public string Note { get; set; } = "";
}
