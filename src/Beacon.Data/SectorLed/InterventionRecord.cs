using Beacon.Data.Audit;
using Beacon.Domain.SectorLed;

namespace Beacon.Data.SectorLed;

/// <summary>The Department's intervention in the authority's children's services from a date; the newest is the status now.</summary>
[Audited("InterventionRecord")]
public class InterventionRecord
{
    public int Id { get; set; }

    public InterventionKind Kind { get; set; }

    public DateOnly FromOn { get; set; }

    public string Note { get; set; } = "";

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}
