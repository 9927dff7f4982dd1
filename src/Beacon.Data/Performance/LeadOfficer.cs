using Beacon.Data.Audit;

namespace Beacon.Data.Performance;

/// <summary>An Operational Director who leads objectives and signs commentary with their initials, e.g. AMc.</summary>
[Audited("LeadOfficer")]
public class LeadOfficer
{
    public int Id { get; set; }

    public string Initials { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>As the report's key gives it, e.g. "Operational Director, Learning and Achievement Service (LAS)".</summary>
    public string Title { get; set; } = "";
}
