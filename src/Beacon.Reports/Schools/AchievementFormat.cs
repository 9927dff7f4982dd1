using System.Globalization;
using Beacon.Domain.Achievement;

namespace Beacon.Reports.Schools;

/// <summary>How achievement figures are written on pages and in reports: percentages with a sign for differences in points.</summary>
public static class AchievementFormat
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A figure, or the symbol DfE published in its place, or a dash.</summary>
    public static string Figure(decimal? value, MeasureUnit unit, string? symbol = null) =>
        value is { } v ? (unit == MeasureUnit.Percent ? v.ToString("0.#", English) + "%" : v.ToString("0.##", English)) : symbol ?? "–";

    /// <summary>A difference, signed; in percentage points for a percentage measure.</summary>
    public static string Points(decimal? value, MeasureUnit unit) =>
        value is { } v ? v.ToString("+0.##;-0.##;0", English) + (unit == MeasureUnit.Percent ? " pts" : "") : "–";

    /// <summary>The change on last year, or why there is none where DfE says the years are not comparable.</summary>
    public static string Change(AchievementRow row, int year)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Measure.IsComparable(year, year - 1) ? Points(row.Change, row.Measure.Unit) : "not comparable";
    }

    public static string Year(int year) => $"{year}/{(year + 1) % 100:D2}";
}
