namespace Beacon.Domain.Finance;

/// <summary>
/// A department's summary financial position, computed from its lines as the quarterly report prints it:
/// total expenditure and total income, the net operational budget (their sum, income being negative),
/// total recharges, and net expenditure (net operational budget plus recharges).
/// </summary>
public sealed class FinancialSummary(IReadOnlyList<FinancialLine> lines)
{
    public IReadOnlyList<FinancialLine> Lines { get; } = lines;

    public IEnumerable<FinancialLine> LinesIn(FinancialLineGroup group) => Lines.Where(l => l.Group == group);

    public FinancialFigures Total(FinancialLineGroup group) =>
        LinesIn(group).Aggregate(FinancialFigures.Zero, (sum, line) => sum + line.Figures);

    public FinancialFigures NetOperationalBudget => Total(FinancialLineGroup.Expenditure) + Total(FinancialLineGroup.Income);

    public FinancialFigures NetExpenditure => NetOperationalBudget + Total(FinancialLineGroup.Recharges);
}
