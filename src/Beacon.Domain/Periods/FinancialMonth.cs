using System.Globalization;

namespace Beacon.Domain.Periods;

/// <summary>A calendar month, placed in its financial year and quarter.</summary>
public readonly record struct FinancialMonth(int Year, int Month)
{
    public static FinancialMonth Of(DateOnly date) => new(date.Year, date.Month);

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public FinancialYear FinancialYear => FinancialYear.Of(FirstDay);

    public FinancialQuarter Quarter => FinancialQuarter.Of(FirstDay);

    public FinancialMonth SamePeriodLastYear => new(Year - 1, Month);

    /// <summary><c>June 2013</c>.</summary>
    public override string ToString() => FirstDay.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
