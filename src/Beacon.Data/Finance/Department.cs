using Beacon.Data.Audit;

namespace Beacon.Data.Finance;

/// <summary>A department of the directorate, such as Children &amp; Families, with its own budget and lead officer.</summary>
[Audited("Department")]
public class Department
{
    public int Id { get; set; }

    /// <summary>The short code its objectives carry, e.g. CFS, COPS, LAS.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The Operational Director's initials, e.g. TC.</summary>
    public string? LeadOfficerInitials { get; set; }

    /// <summary>Where the department comes in the report.</summary>
    public int SortOrder { get; set; }
}
