using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.Committees;

/// <summary>An action a resolution created, tracked to completion and shown at the next meeting as a matter arising.</summary>
[Audited("ResolutionAction", AuditConfidentiality.ExemptItem)]
public class ResolutionAction
{
    public int Id { get; set; }

    public int ResolutionId { get; set; }

    public string Description { get; set; } = "";

    public string Owner { get; set; } = "";

    public DateOnly DueOn { get; set; }

    public DateOnly? DoneOn { get; set; }
}
