using Beacon.Data.Audit;

namespace Beacon.Data.Schools;

/// <summary>A school on the authority's register (the minimum for access rules; the schools issue extends it).</summary>
[Audited("School")]
public class School
{
    /// <summary>Unique reference number from Get Information About Schools.</summary>
    public int Urn { get; set; }

    public string Name { get; set; } = "";

    public string Phase { get; set; } = "";

    /// <summary>The school's current RAG rating under the Support and Challenge Protocol, if any.</summary>
    public string? Rating { get; set; }
}
