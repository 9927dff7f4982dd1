namespace Beacon.Domain.Savings;

/// <summary>
/// A savings schedule's totals as its foot prints them: the budgets summed, the proposed savings by rating, the
/// ratings that count as proposed together ("Green &amp; Amber sub-total"), and how far they fall short of the
/// programme's target (negative) or exceed it.
/// </summary>
public sealed record SavingsTotals(
    CostCentreBudget Budget,
    IReadOnlyList<(SavingRating Rating, decimal Total)> ByRating,
    decimal Proposed,
    decimal AgainstTarget
)
{
    /// <param name="budgets">Each cost centre's budget.</param>
    /// <param name="savings">Each option's proposed net saving and the code of its rating (none for "Maintain").</param>
    /// <param name="ratings">The authority's ratings, in the order the schedule prints them.</param>
    /// <param name="target">The saving the programme must make.</param>
    public static SavingsTotals Of(
        IEnumerable<CostCentreBudget> budgets,
        IEnumerable<(decimal Saving, string? Rating)> savings,
        IReadOnlyList<SavingRating> ratings,
        decimal target
    )
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var budget = budgets.Aggregate(CostCentreBudget.None, CostCentreBudget.Add);
        var rated = savings.Where(s => s.Rating is not null).ToList();
        var byRating = ratings
            .Select(r => (r, rated.Where(s => string.Equals(s.Rating, r.Code, StringComparison.OrdinalIgnoreCase)).Sum(s => s.Saving)))
            .ToList();
        var proposed = byRating.Where(r => r.r.CountsAsProposed).Sum(r => r.Item2);
        return new SavingsTotals(budget, byRating, proposed, proposed - target);
    }
}
