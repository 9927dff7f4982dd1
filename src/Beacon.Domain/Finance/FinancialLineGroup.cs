namespace Beacon.Domain.Finance;

/// <summary>The three groups of a departmental financial summary, in the order the report prints them.</summary>
public enum FinancialLineGroup
{
    Expenditure,
    Income,
    Recharges,
}
