using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beacon.Domain.Achievement;

/// <summary>The achievement measures Beacon knows and the floor standards by year, from the shipped achievement-measures.json.</summary>
public sealed record AchievementCatalog(IReadOnlyList<AchievementMeasure> Measures, IReadOnlyList<FloorStandard> FloorStandards)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static AchievementCatalog Shipped { get; } = Load();

    /// <summary>The measure a published column holds, if Beacon knows it.</summary>
    public AchievementMeasure? ForColumn(string column) =>
        Measures.FirstOrDefault(m => m.Columns.Contains(column, StringComparer.OrdinalIgnoreCase));

    public FloorStandard? FloorFor(string keyStage, int year) => FloorStandards.FirstOrDefault(f => f.AppliesTo(keyStage, year));

    private static AchievementCatalog Load()
    {
        using var stream = typeof(AchievementCatalog).Assembly.GetManifestResourceStream("achievement-measures.json")!;
        return JsonSerializer.Deserialize<AchievementCatalog>(stream, Json)!;
    }
}
