using Beacon.Data.Audit;

namespace Beacon.Data.Performance;

/// <summary>A key milestone towards an objective (COPS1, CFS2...), rated each quarter by its lead officer.</summary>
[Audited("Milestone")]
public class Milestone
{
    public int Id { get; set; }

    public int BusinessAreaId { get; set; }

    /// <summary>The objective's reference, e.g. COPS1; its letters name the service and so the lead officer.</summary>
    public string ObjectiveReference { get; set; } = "";

    public string Text { get; set; } = "";

    public string LeadOfficerInitials { get; set; } = "";

    public DateOnly? DueDate { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public int SortOrder { get; set; }
}
