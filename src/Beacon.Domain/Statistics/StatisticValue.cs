using System.Globalization;

namespace Beacon.Domain.Statistics;

/// <summary>One published figure: a number, or the reason there is none.</summary>
public readonly record struct StatisticValue(decimal? Number, Suppression? Suppression)
{
    private static readonly Dictionary<string, Suppression> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["x"] = Statistics.Suppression.NotAvailable,
        ["c"] = Statistics.Suppression.Confidential,
        ["z"] = Statistics.Suppression.NotApplicable,
        ["low"] = Statistics.Suppression.RoundsToZero,
        ["k"] = Statistics.Suppression.LessThanHalf,
        ["u"] = Statistics.Suppression.LowReliability,
    };

    /// <summary>An empty cell: nothing published.</summary>
    public static StatisticValue Missing { get; } = new(null, null);

    /// <summary>True when the cell held a DfE symbol instead of a number.</summary>
    public bool IsSuppressed => Suppression is not null;

    /// <summary>
    /// Reads a cell as DfE publishes it: a number (commas allowed), a suppression symbol, or empty.
    /// Returns false for anything else, which is a bad value, never silently zero.
    /// </summary>
    public static bool TryParse(string? cell, out StatisticValue value)
    {
        var text = cell?.Trim() ?? "";
        if (text.Length == 0)
        {
            value = Missing;
            return true;
        }

        if (Symbols.TryGetValue(text, out var suppression))
        {
            value = new StatisticValue(null, suppression);
            return true;
        }

        if (
            decimal.TryParse(
                text,
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture,
                out var number
            )
        )
        {
            value = new StatisticValue(number, null);
            return true;
        }

        value = Missing;
        return false;
    }

    /// <summary>The DfE symbol for a suppression.</summary>
    public static string SymbolOf(Suppression suppression) => Symbols.First(pair => pair.Value == suppression).Key;

    /// <summary>How the figure reads in a table: the number without trailing zeros (a database may add them), or its symbol.</summary>
    public override string ToString() =>
        Number?.ToString("0.############", CultureInfo.InvariantCulture) ?? (Suppression is { } s ? SymbolOf(s) : "");
}
