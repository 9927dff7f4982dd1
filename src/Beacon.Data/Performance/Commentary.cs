using Beacon.Data.Audit;

namespace Beacon.Data.Performance;

/// <summary>A lead officer's supporting commentary on an indicator or milestone for a quarter, marked with their initials.</summary>
[Audited("Commentary")]
public class Commentary
{
    public long Id { get; set; }

    /// <summary>Indicator or Milestone.</summary>
    public string SubjectType { get; set; } = "";

    public int SubjectId { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }

    public string Text { get; set; } = "";

    public string Initials { get; set; } = "";
}
