using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beacon.Domain.SectorLed;

/// <summary>The core datasets Beacon ships (<c>core-datasets.json</c>), which a region collects quarter by quarter.</summary>
public static class CoreDatasets
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IReadOnlyList<CoreDataset> All { get; } = Load();

    public static CoreDataset? Find(string? code) => All.FirstOrDefault(d => d.Code == code);

    private static List<CoreDataset> Load()
    {
        using var stream = typeof(CoreDatasets).Assembly.GetManifestResourceStream("core-datasets.json")!;
        return JsonSerializer.Deserialize<List<CoreDataset>>(stream, Json)!;
    }
}
