using System.Text.Json;
using System.Text.RegularExpressions;

namespace Beacon.Import.AnnexA;

/// <summary>A column of an Annex A list: its name in the template, what it holds, and other headers it is known by.</summary>
public sealed record AnnexAColumn(
    string Name,
    string Kind,
    string? Values = null,
    bool Required = false,
    IReadOnlyList<string>? Aliases = null
);

/// <summary>One of Ofsted's Annex A lists, with the pairs of date columns that must come in order.</summary>
public sealed record AnnexAList(int Number, string Name, IReadOnlyList<AnnexAColumn> Columns, IReadOnlyList<string> InOrder);

/// <summary>A coded value as the template writes it, with the patterns that other spellings of it match.</summary>
public sealed record AnnexAValue(string Code, IReadOnlyList<string> Patterns);

/// <summary>
/// Beacon's Annex A mapping (annex-a-map.json): the lists and their columns from the template, and the coded
/// values with the patterns that recognise other spellings, derived from the liia-tools data map (decision 014).
/// Headers are matched ignoring case, spaces and punctuation; the 2026 template's Sex is the older Gender.
/// </summary>
public sealed record AnnexAMap(IReadOnlyList<AnnexAList> Lists, IReadOnlyDictionary<string, IReadOnlyList<AnnexAValue>> ValueSets)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static AnnexAMap Shipped { get; } = Load();

    /// <summary>The list a sheet holds, by its name ("List 3", "list3", "List 3 - Referrals").</summary>
    public AnnexAList? ListForSheet(string sheet)
    {
        var match = Regex.Match(sheet, @"list\s*(\d+)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return match.Success && int.TryParse(match.Groups[1].Value, out var n) ? Lists.FirstOrDefault(l => l.Number == n) : null;
    }

    private static readonly HashSet<string> Filler = ["of", "the", "a", "an", "to", "for", "in", "was", "is"];

    /// <summary>
    /// The column a header names: by name or alias ignoring case, spaces and punctuation, or else by the same words in
    /// another order without filler words ("Contact date" for "Date of Contact").
    /// </summary>
    public static AnnexAColumn? ColumnFor(AnnexAList list, string header)
    {
        ArgumentNullException.ThrowIfNull(list);
        var key = Key(header);
        var words = Words(header);
        return list.Columns.FirstOrDefault(c => Key(c.Name) == key || (c.Aliases ?? []).Any(a => Key(a) == key))
            ?? list.Columns.FirstOrDefault(c => words.Count > 0 && Words(c.Name).SetEquals(words));
    }

    public static string Key(string text) => new string(text.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

    private static HashSet<string> Words(string text) =>
        Regex
            .Split(text.ToLowerInvariant(), "[^a-z0-9]+", RegexOptions.None, TimeSpan.FromSeconds(1))
            .Where(w => w.Length > 0 && !Filler.Contains(w))
            .ToHashSet();

    private static AnnexAMap Load()
    {
        using var stream = typeof(AnnexAMap).Assembly.GetManifestResourceStream("annex-a-map.json")!;
        return JsonSerializer.Deserialize<AnnexAMap>(stream, Json)!;
    }
}
