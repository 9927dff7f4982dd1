using System.Globalization;

namespace Beacon.Domain.Finance;

/// <summary>How financial summaries print £'000 figures.</summary>
public static class ThousandsFormat
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A budget or spend: <c>8,017</c>, income with a minus sign: <c>-1,726</c>.</summary>
    public static string Amount(decimal value) => value.ToString("#,0", English);

    /// <summary>A variance: an underspend as it is, <c>11</c>; an overspend in brackets, <c>(70)</c>.</summary>
    public static string Variance(decimal value) =>
        value < 0 ? $"({Math.Abs(value).ToString("#,0", English)})" : value.ToString("#,0", English);
}
