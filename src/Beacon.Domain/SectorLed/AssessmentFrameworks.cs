using System.Text.Json;
using Beacon.Domain.Protocol;

namespace Beacon.Domain.SectorLed;

/// <summary>
/// The frameworks Beacon ships: Ofsted's ILACS judgement areas (from <c>assessment-frameworks.json</c>) and the nine
/// aspects of an authority's support for school improvement (seed 000, item 6.1), which the school self-evaluation
/// already uses.
/// </summary>
public static class AssessmentFrameworks
{
    public const string Ilacs = "ilacs";

    public const string SchoolImprovement = "school-improvement";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<AssessmentFramework> All { get; } = Load();

    public static AssessmentFramework? Find(string? code) => All.FirstOrDefault(f => f.Code == code);

    private static List<AssessmentFramework> Load()
    {
        using var stream = typeof(AssessmentFrameworks).Assembly.GetManifestResourceStream("assessment-frameworks.json")!;
        var shipped = JsonSerializer.Deserialize<List<AssessmentFramework>>(stream, Json)!;
        var schoolImprovement = new AssessmentFramework(
            SchoolImprovement,
            "Support for school improvement: the nine aspects",
            "Ofsted, the framework for inspecting local authority arrangements for supporting school improvement (2013), paragraph 17",
            SchoolImprovementAspects.All.Select((name, i) => new AssessmentArea($"aspect-{i + 1}", name, [])).ToList(),
            SchoolImprovementAspects.Judgements
        );
        return [.. shipped, schoolImprovement];
    }
}
