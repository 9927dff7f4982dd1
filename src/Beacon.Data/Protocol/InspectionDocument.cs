using Beacon.Data.Audit;

namespace Beacon.Data.Protocol;

/// <summary>One of the documents paragraph 14 asks for, as the authority prepares it.</summary>
[Audited("InspectionDocument")]
public class InspectionDocument
{
    public int Id { get; set; }

    /// <summary>1 to 9, in the order of <c>InspectionDocuments.All</c>.</summary>
    public int Item { get; set; }

    /// <summary>One of <c>InspectionDocuments.States</c>.</summary>
    public string State { get; set; } = "";

    /// <summary>Where it is kept, or what is left to do.</summary>
    public string Note { get; set; } = "";
}
