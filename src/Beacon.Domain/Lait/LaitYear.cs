using System.Globalization;

namespace Beacon.Domain.Lait;

/// <summary>
/// LAIT's period labels (2024, 2016-17 (OT), 2015/16, 2014-16, 2020 (Final), 2013/14-15/16, 2025 (prov), ...): LAIT
/// orders them by their first four digits, and within one measure no two labels share those, so that number is the
/// period's place in its series. The label itself is kept as published.
/// </summary>
public static class LaitYear
{
    /// <summary>The first four digits as a year, or null when the label does not start with a year (LAIT's "0").</summary>
    public static int? Order(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.Length >= 4 && int.TryParse(label.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : null;
    }

    /// <summary>The sort key LAIT's "latest" and "previous year" follow: a label that is not a year sorts first.</summary>
    public static int SortKey(string label) => Order(label) ?? int.MinValue;
}
