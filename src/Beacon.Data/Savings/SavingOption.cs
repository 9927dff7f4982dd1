using Beacon.Data.Audit;

namespace Beacon.Data.Savings;

/// <summary>A numbered option for a cost centre's saving: what it is, the net saving proposed and the authority's rating of it.</summary>
[Audited("SavingOption")]
public class SavingOption
{
    public int Id { get; set; }

    public int CostCentreId { get; set; }

    public int Number { get; set; }

    public string Description { get; set; } = "";

    /// <summary>None where the option saves nothing ("Maintain").</summary>
    public decimal? NetSaving { get; set; }

    /// <summary>The code of one of the authority's ratings (Green, Amber, Red); none where nothing is saved.</summary>
    public string? Rating { get; set; }

    /// <summary>Posts and FTE affected, redundancy, TUPE.</summary>
    public string? Staffing { get; set; }

    public string? Risks { get; set; }

    public List<SavingDelivery> Deliveries { get; set; } = [];
}
