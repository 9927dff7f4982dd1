using System.Text.RegularExpressions;

namespace Beacon.Domain.Statistics;

/// <summary>
/// Datasets and periods as people say them: "Children in need, 2024-25" rather than
/// "b1_children_in_need_2013_to_2025" and "202425".
/// </summary>
public static partial class SpokenNames
{
    // Abbreviations in DfE's and ONS's file names, as a reader would expect them written.
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cla"] = "children looked after",
        ["cpps"] = "child protection plans",
        ["cin"] = "children in need",
        ["la"] = "by local authority",
        ["ks1"] = "KS1",
        ["ks2"] = "KS2",
        ["ks4"] = "KS4",
        ["ks5"] = "KS5",
        ["ons"] = "ONS",
        ["eyfs"] = "EYFS",
        ["ofsted"] = "Ofsted",
        ["ilacs"] = "ILACS",
        ["sn"] = "statistical neighbour",
        ["10k"] = "10,000",
        ["pct"] = "%",
    };

    /// <summary>A dataset's file name as a title: its table code, year span and extension dropped, words spelt out.</summary>
    public static string Dataset(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var stem = Extension().Replace(name, "");
        stem = TableCode().Replace(stem, "");
        stem = YearSpan().Replace(stem, "");
        var words = stem.Split(['_', '-', ' '], StringSplitOptions.RemoveEmptyEntries).Select(w => Words.GetValueOrDefault(w, w)).ToList();
        if (words.Count == 0)
        {
            return name;
        }

        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A period code as written: 202425 as 2024-25, 2024 as 2024; anything else as it is.</summary>
    public static string Period(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length == 6 && code.All(char.IsAsciiDigit) ? $"{code[..4]}-{code[4..]}" : code;
    }

    [GeneratedRegex(@"\.(csv|xlsx|json)$", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();

    [GeneratedRegex(@"^[a-z]\d+_", RegexOptions.IgnoreCase)]
    private static partial Regex TableCode();

    [GeneratedRegex(@"_(\d{4})(_to_\d{4})?$")]
    private static partial Regex YearSpan();
}
