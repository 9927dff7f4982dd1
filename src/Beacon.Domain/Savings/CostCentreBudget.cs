namespace Beacon.Domain.Savings;

/// <summary>
/// A cost centre's budget as a savings schedule sets it out. Contributions from reserves and income are amounts
/// received, held as positive figures however the file writes them (the seed prints them as credits, "(6,001)").
/// </summary>
public sealed record CostCentreBudget(decimal Employees, decimal Other, decimal Recharges, decimal Reserves, decimal Income)
{
    public static CostCentreBudget None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Direct employee costs, other direct costs and support recharges.</summary>
    public decimal Gross => Employees + Other + Recharges;

    /// <summary>"Income (incl. contribution from reserves)".</summary>
    public decimal IncomeIncludingReserves => Reserves + Income;

    /// <summary>Gross expenditure less the contribution from reserves and less income.</summary>
    public decimal Net => Gross - IncomeIncludingReserves;

    public static CostCentreBudget operator +(CostCentreBudget a, CostCentreBudget b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Employees + b.Employees, a.Other + b.Other, a.Recharges + b.Recharges, a.Reserves + b.Reserves, a.Income + b.Income);
    }

    public static CostCentreBudget Add(CostCentreBudget a, CostCentreBudget b) => a + b;
}
