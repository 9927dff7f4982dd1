using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beacon.Import.AnnexA;

/// <summary>
/// How a row's cleaned values are stored: a JSON array in the order of its list's columns in the mapping, null where
/// empty. A large authority's extract is 150,000 rows; naming every column on every row doubled what was written.
/// Rows stored before (a JSON object by column name) still read.
/// </summary>
public static partial class AnnexAStoredValues
{
    // Stored, never put in a page as it is: only JSON's own escapes are needed. Generated at build time: reflection's
    // set-up made serialising a fresh process's first import take 0.5-0.8 s instead of 0.3 s.
    private static readonly StoredJson Stored = new(
        new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
    );

    [JsonSerializable(typeof(string?[]))]
    [JsonSerializable(typeof(IReadOnlyList<string?>))]
    [JsonSerializable(typeof(Dictionary<string, string>))]
    private sealed partial class StoredJson : JsonSerializerContext;

    public static string Write(AnnexAList list, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(values);
        var cells = values is RowValueDictionary row ? row.Cells : [.. list.Columns.Select(c => values.GetValueOrDefault(c.Name))];
        return JsonSerializer.Serialize(cells, Stored.IReadOnlyListString);
    }

    public static IReadOnlyDictionary<string, string> Read(AnnexAList? list, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (list is null || json.StartsWith('{'))
        {
            return JsonSerializer.Deserialize(json, Stored.DictionaryStringString) ?? [];
        }

        return new RowValueDictionary(list, JsonSerializer.Deserialize(json, Stored.StringArray) ?? []);
    }
}
