namespace Beacon.Domain.SocialCare;

/// <summary>A child's row in an Annex A list: the list's number, the child, and each column's cleaned value by its template name.</summary>
public sealed record ListRow(int List, string ChildId, IReadOnlyDictionary<string, string> Values)
{
    public DateOnly? Date(string column) =>
        Values.TryGetValue(column, out var text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date) ? date : null;

    public int? Number(string column) =>
        Values.TryGetValue(column, out var text) && decimal.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? (int)n
            : null;

    /// <summary>A yes/no code: a) Yes is true, b) No is false, anything else unknown.</summary>
    public bool? YesNo(string column) =>
        Values.GetValueOrDefault(column) switch
        {
            { } v when v.StartsWith("a)", StringComparison.OrdinalIgnoreCase) || v.Equals("Yes", StringComparison.OrdinalIgnoreCase) =>
                true,
            { } v when v.StartsWith("b)", StringComparison.OrdinalIgnoreCase) || v.Equals("No", StringComparison.OrdinalIgnoreCase) =>
                false,
            _ => null,
        };
}
