using Beacon.Data.Audit;

namespace Beacon.Data.Savings;

/// <summary>
/// A savings programme (000, item 5.1): the saving it must make in its budget year, the reserves carried forward
/// to cover slippage, the committee that approves it, and its schedule of cost centres and options.
/// </summary>
[Audited("SavingsProgramme")]
public class SavingsProgramme
{
    public int Id { get; set; }

    /// <summary>What imports name it by, e.g. EIG-2014-15.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The financial year the savings take effect in, as "2014/15".</summary>
    public string BudgetYear { get; set; } = "";

    public decimal TargetSaving { get; set; }

    /// <summary>Unused reserves carried forward to manage the risk of slippage (the seed's £350,000).</summary>
    public decimal ReservesCarriedForward { get; set; }

    /// <summary>The committee that approves it, where Beacon holds the committee.</summary>
    public int? CommitteeId { get; set; }

    /// <summary>The day the committee approved it; from then its savings' delivery is tracked and the schedule is no longer re-imported.</summary>
    public DateOnly? ApprovedOn { get; set; }

    public List<SavingsCostCentre> CostCentres { get; set; } = [];
}
