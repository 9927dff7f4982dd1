using Beacon.Data.Audit;

namespace Beacon.Data.Committees;

/// <summary>An entry of the forward plan of key decisions.</summary>
[Audited("ForwardPlanEntry")]
public class ForwardPlanEntry
{
    public int Id { get; set; }

    public string Reference { get; set; } = "";

    public string Decision { get; set; } = "";

    public string DecisionMaker { get; set; } = "";

    public DateOnly DecisionDate { get; set; }

    public string? Documents { get; set; }
}
