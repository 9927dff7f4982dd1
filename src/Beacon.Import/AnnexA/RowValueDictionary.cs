using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Beacon.Import.AnnexA;

/// <summary>
/// A row's cleaned values by column name, held as one array in the order of its list's columns, null where empty:
/// a large extract is 150,000 rows, and a dictionary for each made the import's live data several times larger for
/// the garbage collector to copy. A list has a dozen columns or so, so a name is found by looking along them.
/// </summary>
public sealed class RowValueDictionary : IReadOnlyDictionary<string, string>
{
    private readonly AnnexAList _list;

    private readonly string?[] _cells;

    public RowValueDictionary(AnnexAList list, string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(cells);
        (_list, _cells) = (list, cells);
        Count = cells.Count(c => c is not null);
    }

    /// <summary>The values in the order of the list's columns, null where empty, as they are stored.</summary>
    public IReadOnlyList<string?> Cells => _cells;

    public int Count { get; }

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    public IEnumerable<string> Values => this.Select(pair => pair.Value);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        for (var i = 0; i < _cells.Length && i < _list.Columns.Count; i++)
        {
            if (string.Equals(_list.Columns[i].Name, key, StringComparison.Ordinal))
            {
                value = _cells[i];
                return value is not null;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _cells.Length && i < _list.Columns.Count; i++)
        {
            if (_cells[i] is { } value)
            {
                yield return new(_list.Columns[i].Name, value);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
