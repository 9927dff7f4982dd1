namespace Beacon.Domain.SocialCare;

/// <summary>The decisions in force under the flexible-assessment direction: each child's newest of each kind.</summary>
public sealed class FlexibleDirections(IEnumerable<FlexibleTimescale> inForce)
{
    public static FlexibleDirections None { get; } = new([]);

    public IReadOnlyList<FlexibleTimescale> All { get; } = inForce.ToList();

    public IReadOnlyDictionary<string, FlexibleTimescale> Assessments => Of(FlexibleDecision.AssessmentTimescale);

    public IReadOnlyDictionary<string, FlexibleTimescale> Conferences => Of(FlexibleDecision.ConferenceDate);

    private Dictionary<string, FlexibleTimescale> Of(FlexibleDecision decision) =>
        All.Where(t => t.Decision == decision).ToDictionary(t => t.ChildId);
}
