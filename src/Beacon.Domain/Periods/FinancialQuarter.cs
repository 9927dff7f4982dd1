using System.Globalization;
using System.Text.RegularExpressions;

namespace Beacon.Domain.Periods;

/// <summary>
/// A quarter of an English local authority's financial year, which runs April to March:
/// Q1 is April to June. <see cref="StartYear"/> is the calendar year the financial year starts in,
/// so Q4 2013/14 is January to March 2014.
/// </summary>
public readonly partial record struct FinancialQuarter : IComparable<FinancialQuarter>
{
    public FinancialQuarter(int startYear, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        StartYear = startYear;
        Quarter = quarter;
    }

    public int StartYear { get; }

    public int Quarter { get; }

    public FinancialYear Year => new(StartYear);

    public DateOnly FirstDay => new DateOnly(StartYear, 4, 1).AddMonths(3 * (Quarter - 1));

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    /// <summary>The quarter a year earlier, the comparison the direction of travel uses.</summary>
    public FinancialQuarter SamePeriodLastYear => new(StartYear - 1, Quarter);

    public FinancialQuarter Previous => Quarter == 1 ? new(StartYear - 1, 4) : new(StartYear, Quarter - 1);

    public FinancialQuarter Next => Quarter == 4 ? new(StartYear + 1, 1) : new(StartYear, Quarter + 1);

    /// <summary>The quarter a date falls in.</summary>
    public static FinancialQuarter Of(DateOnly date)
    {
        var startYear = date.Month >= 4 ? date.Year : date.Year - 1;
        var monthsIn = ((date.Month - 4) + 12) % 12;
        return new FinancialQuarter(startYear, (monthsIn / 3) + 1);
    }

    /// <summary>Today's quarter, by the clock (never the machine's own time), in UK terms.</summary>
    public static FinancialQuarter Current(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Of(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
    }

    /// <summary>Reads <c>2013-Q1</c> (the financial year's starting calendar year, then the quarter).</summary>
    public static Result<FinancialQuarter> Parse(string text)
    {
        var match = CodePattern().Match(text?.Trim() ?? "");
        return match.Success
            ? new FinancialQuarter(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value[0] - '0')
            : Result.Failure("not-a-quarter", $"'{text}' is not a financial quarter; write it as 2013-Q1 (April to June 2013)");
    }

    /// <summary>The code commands and files use: <c>2013-Q1</c>.</summary>
    public override string ToString() => $"{StartYear}-Q{Quarter}";

    /// <summary>As reports print it: <c>Q1 2013/14</c>.</summary>
    public string DisplayName => $"Q{Quarter} {Year}";

    /// <summary>As on a chart's axis: "Q1 13/14".</summary>
    public string ShortName => $"Q{Quarter} {StartYear % 100:D2}/{(StartYear + 1) % 100:D2}";

    public int CompareTo(FinancialQuarter other) => (StartYear, Quarter).CompareTo((other.StartYear, other.Quarter));

    public static bool operator <(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) < 0;

    public static bool operator >(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) >= 0;

    [GeneratedRegex("^([0-9]{4})-[Qq]([1-4])$")]
    private static partial Regex CodePattern();
}
