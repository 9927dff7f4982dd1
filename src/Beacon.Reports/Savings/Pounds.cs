using System.Globalization;

namespace Beacon.Reports.Savings;

/// <summary>Whole pounds as the savings schedule prints them, the same on the page and in Word: 77,096, and credits in brackets, (6,001).</summary>
public static class Pounds
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Amount(decimal? amount) => amount is { } a ? a.ToString("#,##0", English) : "";

    /// <summary>Income or a contribution received, in brackets; nothing for none.</summary>
    public static string Credit(decimal amount) => amount == 0 ? "" : $"({Amount(amount)})";
}
