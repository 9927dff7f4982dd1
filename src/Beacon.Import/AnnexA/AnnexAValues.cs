using System.Globalization;
using System.Text.RegularExpressions;

namespace Beacon.Import.AnnexA;

/// <summary>Reads one cell into the template's form: a code, a date (yyyy-mm-dd), a number or text; or says why it cannot.</summary>
public static class AnnexAValues
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd",
        "dd/MM/yyyy",
        "d/M/yyyy",
        "dd-MM-yyyy",
        "d-M-yyyy",
        "dd.MM.yyyy",
        "d MMM yyyy",
        "d MMMM yyyy",
        "dd MMM yyyy",
        "yyyy-MM-dd HH:mm:ss",
        "dd/MM/yyyy HH:mm",
        "dd/MM/yy",
    ];

    private static readonly CultureInfo[] DateCultures = [CultureInfo.GetCultureInfo("en-GB"), CultureInfo.InvariantCulture];

    /// <summary>The cleaned value, or null with the problem; a refusal means the row cannot be used.</summary>
    public static (string? Value, string? Problem, bool Refuse) Clean(AnnexAColumn column, string raw, AnnexAMap map)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(map);
        var text = raw.Trim().Replace('\u00A0', ' ');
        if (text.Length == 0 || text is "#N/A" or "NULL" or "null")
        {
            return column.Required ? (null, "is required", true) : ("", null, false);
        }

        switch (column.Kind)
        {
            case "Date":
                return Date(text) is { } date
                    ? (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, false)
                    : (null, "not a real date", true);
            case "Number":
                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                    ? (number.ToString(CultureInfo.InvariantCulture), null, false)
                    : (text, "not a number", false);
            case "Code" when column.Values is { } set && map.ValueSets.TryGetValue(set, out var values):
                return Code(text, values) is { } code
                    ? (code, null, false)
                    : (text, "not a value the template knows: kept as given for an officer", false);
            default:
                return (text, null, false);
        }
    }

    /// <summary>A date in any of the forms extracts use, or an Excel serial day number; null for text that is not a real date.</summary>
    public static DateOnly? Date(string text) => Date(text, out _);

    /// <summary>
    /// The form a date is written in ("dd/mm/yyyy", or "Excel day numbers"): one fix in the validation report per
    /// column and form, as an extract writes thousands of different dates the same way.
    /// </summary>
    public static string? DateForm(string text) => Date(text, out var form) is null ? null : form;

    private static DateOnly? Date(string text, out string form)
    {
        if (
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            && serial is > 1 and < 2958465
            && !text.Contains('/', StringComparison.Ordinal)
            && !text.Contains('-', StringComparison.Ordinal)
        )
        {
            form = "Excel day numbers";
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        }

        // en-GB abbreviates September as "Sept"; the invariant culture reads "Sep".
        foreach (var culture in DateCultures)
        {
            foreach (var format in DateFormats)
            {
                if (DateTime.TryParseExact(text, format, culture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
                {
                    form = format.ToLowerInvariant();
                    return DateOnly.FromDateTime(parsed);
                }
            }
        }

        form = "";
        return null;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    // Compiled once each: an extract repeats the same few patterns hundreds of thousands of times.
    private static Regex Pattern(string pattern) =>
        Patterns.GetOrAdd(
            pattern,
            p => new Regex("^(?:" + p + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
        );

    /// <summary>The template's code for a value: the code itself, or the first whose patterns match (ignoring case).</summary>
    public static string? Code(string text, IReadOnlyList<AnnexAValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.FirstOrDefault(v => string.Equals(v.Code, text, StringComparison.OrdinalIgnoreCase)) is { } exact)
        {
            return exact.Code;
        }

        // A bare number is the template's lettered option: "1" is a), "2" is b), as some systems export them.
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position is >= 1 and <= 26)
        {
            var letter = (char)('a' + position - 1) + ")";
            if (values.FirstOrDefault(v => v.Code.StartsWith(letter, StringComparison.OrdinalIgnoreCase)) is { } lettered)
            {
                return lettered.Code;
            }
        }

        return values.FirstOrDefault(v => v.Patterns.Any(p => Pattern(p).IsMatch(text)))?.Code;
    }
}
