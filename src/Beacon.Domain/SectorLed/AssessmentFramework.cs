namespace Beacon.Domain.SectorLed;

/// <summary>
/// What a self-assessment is made against: its areas, each graded on the framework's scale, and the profile
/// indicators each area suggests as evidence. Frameworks are data (<see cref="AssessmentFrameworks"/>).
/// </summary>
public sealed record AssessmentFramework(
    string Code,
    string Name,
    string Source,
    IReadOnlyList<AssessmentArea> Areas,
    IReadOnlyList<string> Grades
)
{
    public AssessmentArea? Area(string code) => Areas.FirstOrDefault(a => a.Code == code);
}

/// <summary>One area of a framework, with the profile indicators (by code) it suggests as evidence.</summary>
public sealed record AssessmentArea(string Code, string Name, IReadOnlyList<string> SuggestedIndicators);
