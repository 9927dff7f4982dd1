using Beacon.Data.Audit;

namespace Beacon.Data.Performance;

/// <summary>A key business area the report groups milestones and indicators under, e.g. "Integrated Commissioning".</summary>
[Audited("BusinessArea")]
public class BusinessArea
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int SortOrder { get; set; }
}
