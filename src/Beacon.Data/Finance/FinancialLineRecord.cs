using Beacon.Data.Audit;
using Beacon.Domain.Finance;

namespace Beacon.Data.Finance;

/// <summary>
/// One line of a department's financial summary for a quarter, in £'000 as published. Totals, net
/// figures and variances are never stored: <c>Beacon.Domain.Finance.FinancialSummary</c> computes them.
/// </summary>
[Audited("FinanceLine")]
public class FinancialLineRecord
{
    public long Id { get; set; }

    public int DepartmentId { get; set; }

    public Department? Department { get; set; }

    /// <summary>The financial year's starting calendar year (2013 for 2013/14).</summary>
    public int Year { get; set; }

    public int Quarter { get; set; }

    /// <summary>Expenditure, Income or Recharges.</summary>
    public FinancialLineGroup LineGroup { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The line's place in its group, as the file gave it.</summary>
    public int SortOrder { get; set; }

    public decimal AnnualBudget { get; set; }

    public decimal BudgetToDate { get; set; }

    public decimal ExpenditureToDate { get; set; }

    public long ImportRunId { get; set; }
}
