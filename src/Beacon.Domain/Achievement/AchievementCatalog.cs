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

    private static readonly JsonSerializerOptions Written = new(Json)
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static AchievementCatalog Shipped { get; } = Load();

    /// <summary>
    /// The measure a published column holds in a dataset, on a row with these filters, if Beacon knows it: a measure
    /// that names the dataset before one that reads the column in any file.
    /// </summary>
    public AchievementMeasure? ForColumn(string column, string dataset, string filters = "") =>
        Measures
            .Where(m => m.Reads(column, dataset) && m.ReadsRow(filters))
            .OrderBy(m => m.Datasets is not { Count: > 0 })
            .FirstOrDefault();

    public FloorStandard? FloorFor(string keyStage, int year) => FloorStandards.FirstOrDefault(f => f.AppliesTo(keyStage, year));

    /// <summary>The floor standards as JSON, in the shipped file's form, for an officer to edit.</summary>
    public string FloorStandardsJson() => JsonSerializer.Serialize(FloorStandards, Written);

    /// <summary>
    /// This catalog with other floor standards read from JSON, or what is wrong with them: a rule must name measures
    /// of its key stage with a threshold, combine others with "all" or "any", and no two rules may cover the same
    /// key stage and year.
    /// </summary>
    public (AchievementCatalog? Catalog, IReadOnlyList<string> Problems) WithFloorStandards(string json)
    {
        List<FloorStandard>? standards;
        try
        {
            standards = JsonSerializer.Deserialize<List<FloorStandard>>(json, Json);
        }
        catch (JsonException e)
        {
            return (null, [$"not valid JSON: {e.Message}"]);
        }

        var problems = FloorStandardChecks.Check(standards ?? [], Measures).ToList();
        return problems.Count > 0 ? (null, problems) : (this with { FloorStandards = standards! }, problems);
    }

    private static AchievementCatalog Load()
    {
        using var stream = typeof(AchievementCatalog).Assembly.GetManifestResourceStream("achievement-measures.json")!;
        return JsonSerializer.Deserialize<AchievementCatalog>(stream, Json)!;
    }
}
