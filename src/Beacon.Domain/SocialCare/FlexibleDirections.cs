namespace Beacon.Domain.SocialCare;

/// <summary>The decisions in force under the flexible-assessment direction: each child's newest of each kind.</summary>
public sealed class FlexibleDirections
{
    public FlexibleDirections(IEnumerable<FlexibleTimescale> inForce)
    {
        All = inForce.ToList();
        Assessments = Of(FlexibleDecision.AssessmentTimescale);
        Conferences = Of(FlexibleDecision.ConferenceDate);
    }

    public IReadOnlyList<FlexibleTimescale> All { get; }

    public IReadOnlyDictionary<string, FlexibleTimescale> Assessments { get; }

    public IReadOnlyDictionary<string, FlexibleTimescale> Conferences { get; }

    private Dictionary<string, FlexibleTimescale> Of(FlexibleDecision decision) =>
        All.Where(t => t.Decision == decision).ToDictionary(t => t.ChildId);
}
