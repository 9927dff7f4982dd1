using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beacon.Domain.Benchmarking;

/// <summary>The indicator definitions Beacon ships (benchmark-indicators.json); an authority adds or replaces them by importing definitions.</summary>
public static class BenchmarkCatalog
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static IReadOnlyList<BenchmarkIndicator> Shipped { get; } = Load();

    private static List<BenchmarkIndicator> Load()
    {
        using var stream = typeof(BenchmarkCatalog).Assembly.GetManifestResourceStream("benchmark-indicators.json")!;
        return JsonSerializer.Deserialize<List<BenchmarkIndicator>>(stream, Json)!;
    }
}
