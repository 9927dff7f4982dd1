namespace Beacon.Domain.Finance;

/// <summary>One line of a department's financial summary, such as "Out of Borough Placements".</summary>
public sealed record FinancialLine(FinancialLineGroup Group, string Name, FinancialFigures Figures)
{
    /// <summary>
    /// Income is entered as negative amounts and spending as positive, as the published summaries do;
    /// a line of the wrong sign is a keying error, except a transfer to or from reserves, which can go either way.
    /// </summary>
    public Problem? CheckSigns()
    {
        if (Name.Contains("reserve", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var (budget, toDate) = (Figures.AnnualBudget, Figures.BudgetToDate);
        return Group switch
        {
            FinancialLineGroup.Income when budget > 0 || toDate > 0 => new Problem(
                "income-sign",
                "an income budget is entered as a negative amount"
            ),
            FinancialLineGroup.Expenditure or FinancialLineGroup.Recharges when budget < 0 || toDate < 0 => new Problem(
                "negative-budget",
                $"a negative budget is not allowed on a {Group.ToString().ToLowerInvariant()} line"
            ),
            _ => null,
        };
    }
}
