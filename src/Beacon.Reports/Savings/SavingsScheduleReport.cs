using Beacon.Domain.Savings;

namespace Beacon.Reports.Savings;

/// <summary>A savings programme's schedule for print (the seed's Appendix 1): a line per option under its cost centre, then the totals.</summary>
public sealed record SavingsScheduleReport(
    string Programme,
    string BudgetYear,
    decimal Target,
    decimal ReservesCarriedForward,
    IReadOnlyList<SavingsScheduleLine> Lines,
    IReadOnlyList<SavingRating> Ratings,
    SavingsTotals Totals
);

/// <summary>One line: the cost centre and its budget on its first line only, then the option, if any.</summary>
public sealed record SavingsScheduleLine(
    string CostCentre,
    CostCentreBudget? Budget,
    int? Option,
    string? Description,
    decimal? Saving,
    string? Rating
);
