using System.Text.Json;

namespace Beacon.Import.AnnexA;

/// <summary>
/// How a row's cleaned values are stored: a JSON array in the order of its list's columns in the mapping, null where
/// empty. A large authority's extract is 150,000 rows; naming every column on every row doubled what was written.
/// Rows stored before (a JSON object by column name) still read.
/// </summary>
public static class AnnexAStoredValues
{
    // Stored, never put in a page as it is: only JSON's own escapes are needed.
    private static readonly JsonSerializerOptions Stored = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(AnnexAList list, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(values);
        return JsonSerializer.Serialize(list.Columns.Select(c => values.GetValueOrDefault(c.Name)).ToArray(), Stored);
    }

    public static Dictionary<string, string> Read(AnnexAList? list, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (list is null || json.StartsWith('{'))
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        }

        var cells = JsonSerializer.Deserialize<string?[]>(json) ?? [];
        var values = new Dictionary<string, string>(cells.Length);
        for (var i = 0; i < cells.Length && i < list.Columns.Count; i++)
        {
            if (cells[i] is { } value)
            {
                values[list.Columns[i].Name] = value;
            }
        }

        return values;
    }
}
