namespace Beacon.Domain.SectorLed;

/// <summary>
/// Whether a self-assessment may be signed off: every area of its framework graded on the framework's scale, with
/// the authority's own account of it. Problems are coded by area, so a page can put each beside its area.
/// </summary>
public static class SelfAssessmentReadiness
{
    public static Problem? Check(AssessmentFramework framework, IReadOnlyDictionary<string, (string? Grade, string? Narrative)> areas)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(areas);
        var problems = new List<Problem>();
        foreach (var area in framework.Areas)
        {
            var (grade, narrative) = areas.GetValueOrDefault(area.Code);
            if (grade is null || !framework.Grades.Contains(grade))
            {
                problems.Add(new Problem(area.Code, $"Grade \"{area.Name}\" before it is signed off"));
            }
            else if (string.IsNullOrWhiteSpace(narrative))
            {
                problems.Add(new Problem(area.Code, $"Say why \"{area.Name}\" is {grade.ToLowerInvariant()} before it is signed off"));
            }
        }

        return problems.Count == 0 ? null : problems[0] with { Details = problems };
    }
}
