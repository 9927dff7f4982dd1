using Beacon.Domain.Performance;

namespace Beacon.Reports.Savings;

/// <summary>
/// An approved programme's delivery in a quarter: each proposed saving with the amounts planned and achieved by then
/// and its delivery rating with the reason; none where nothing has been recorded for the quarter.
/// </summary>
public sealed record SavingsDeliveryReport(
    string Programme,
    string BudgetYear,
    string Quarter,
    DateOnly ApprovedOn,
    IReadOnlyList<SavingDeliveryLine> Lines
)
{
    public decimal Proposed => Lines.Sum(l => l.Proposed);

    public decimal Planned => Lines.Sum(l => l.Planned ?? 0);

    public decimal Achieved => Lines.Sum(l => l.Achieved ?? 0);

    /// <summary>How many savings carry each delivery rating, and how many have none recorded.</summary>
    public int CountRated(ProgressRating? rating) => Lines.Count(l => l.Rating == rating);
}

/// <summary>One proposed saving's delivery in the quarter.</summary>
public sealed record SavingDeliveryLine(
    int OptionId,
    string CostCentre,
    int Option,
    string Description,
    decimal Proposed,
    string ProposalRating,
    decimal? Planned,
    decimal? Achieved,
    ProgressRating? Rating,
    string? Reason
);
