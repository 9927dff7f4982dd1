namespace Beacon.Domain.Finance;

/// <summary>
/// The three published columns of a financial summary line or total, in £'000, and the variance
/// Beacon computes from them: budget to date minus expenditure to date, so an overspend is negative.
/// </summary>
public readonly record struct FinancialFigures(decimal AnnualBudget, decimal BudgetToDate, decimal ExpenditureToDate)
{
    public decimal Variance => BudgetToDate - ExpenditureToDate;

    public bool IsOverspent => Variance < 0;

    public static FinancialFigures operator +(FinancialFigures left, FinancialFigures right) =>
        new(
            left.AnnualBudget + right.AnnualBudget,
            left.BudgetToDate + right.BudgetToDate,
            left.ExpenditureToDate + right.ExpenditureToDate
        );

    public static FinancialFigures Add(FinancialFigures left, FinancialFigures right) => left + right;

    public static FinancialFigures Zero { get; } = new(0, 0, 0);
}
