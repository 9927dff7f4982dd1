using Beacon.Data.Audit;
using Beacon.Domain.Performance;

namespace Beacon.Data.Savings;

/// <summary>
/// Delivery of an approved saving in a quarter: the amount planned by then and achieved, and the delivery rating
/// with its reason. This is a judgement of delivery, apart from the proposal's rating of risk.
/// </summary>
[Audited("SavingDelivery")]
public class SavingDelivery
{
    public int Id { get; set; }

    public int OptionId { get; set; }

    /// <summary>The financial year's first calendar year and the quarter: 2014 and 1 for Q1 2014/15.</summary>
    public int Year { get; set; }

    public int Quarter { get; set; }

    public decimal Planned { get; set; }

    public decimal Achieved { get; set; }

    public ProgressRating Rating { get; set; }

    public string Reason { get; set; } = "";

    public string RecordedBy { get; set; } = "";
}
