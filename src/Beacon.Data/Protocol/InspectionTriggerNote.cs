using Beacon.Data.Audit;

namespace Beacon.Data.Protocol;

/// <summary>An officer's record that a trigger no data file carries has arisen: qualifying complaints, or the Secretary of State's requirement.</summary>
[Audited("InspectionTriggerNote")]
public class InspectionTriggerNote
{
    public int Id { get; set; }

    /// <summary>One of <c>OfficerTriggers</c>.</summary>
    public string Trigger { get; set; } = "";

    public DateOnly NotedOn { get; set; }

    public string Detail { get; set; } = "";
}
