using System.Globalization;

namespace Beacon.Import.Tabular;

/// <summary>An amount as ledgers and budget spreadsheets write it: 1,978, -113, or a credit in brackets, (113).</summary>
public static class LedgerAmount
{
    public static bool TryParse(string text, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var negative = text.StartsWith('(') && text.EndsWith(')');
        var ok = decimal.TryParse(
            negative ? text[1..^1] : text,
            NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out value
        );
        value = negative ? -value : value;
        return ok;
    }
}
