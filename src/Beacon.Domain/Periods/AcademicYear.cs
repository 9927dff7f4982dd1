namespace Beacon.Domain.Periods;

/// <summary>An academic year, September to August, named by the calendar year it starts in: 2013 is 2013/14.</summary>
public readonly record struct AcademicYear(int StartYear)
{
    public DateOnly FirstDay => new(StartYear, 9, 1);

    public DateOnly LastDay => new(StartYear + 1, 8, 31);

    public AcademicYear SamePeriodLastYear => new(StartYear - 1);

    public static AcademicYear Of(DateOnly date) => new(date.Month >= 9 ? date.Year : date.Year - 1);

    /// <summary>DfE's six-digit code, as in its files' <c>time_period</c>: 2013/14 is <c>201314</c>.</summary>
    /// <summary>The year a DfE code names ("201819"), or none where the text is not such a code.</summary>
    public static AcademicYear? FromCode(string? code) =>
        code is { Length: 6 }
        && int.TryParse(
            code.AsSpan(0, 4),
            System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture,
            out var start
        )
        && int.TryParse(
            code.AsSpan(4),
            System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture,
            out var end
        )
        && end == (start + 1) % 100
            ? new AcademicYear(start)
            : null;

    public string Code => $"{StartYear}{(StartYear + 1) % 100:D2}";

    /// <summary><c>2013/14</c>.</summary>
    public override string ToString() => $"{StartYear}/{(StartYear + 1) % 100:D2}";
}
