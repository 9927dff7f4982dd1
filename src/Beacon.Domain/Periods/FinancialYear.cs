namespace Beacon.Domain.Periods;

/// <summary>A financial year, April to March, named by the calendar year it starts in: 2013 is 2013/14.</summary>
public readonly record struct FinancialYear(int StartYear)
{
    public DateOnly FirstDay => new(StartYear, 4, 1);

    public DateOnly LastDay => new(StartYear + 1, 3, 31);

    public FinancialYear SamePeriodLastYear => new(StartYear - 1);

    public IReadOnlyList<FinancialQuarter> Quarters => [new(StartYear, 1), new(StartYear, 2), new(StartYear, 3), new(StartYear, 4)];

    /// <summary>The twelve months, April first.</summary>
    public IReadOnlyList<FinancialMonth> Months
    {
        get
        {
            var first = FirstDay;
            return Enumerable.Range(0, 12).Select(i => FinancialMonth.Of(first.AddMonths(i))).ToList();
        }
    }

    public static FinancialYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary><c>2013/14</c>.</summary>
    public override string ToString() => $"{StartYear}/{(StartYear + 1) % 100:D2}";
}
