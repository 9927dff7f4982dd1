using Beacon.Data.Audit;

namespace Beacon.Data.SectorLed;

/// <summary>
/// A peer challenge an authority asks for (seed 004): its scope and key lines of enquiry, a team of other
/// authorities' people with a lead peer, its dates, the evidence shared with the team (frozen), the team's findings
/// (<see cref="PeerChallengeFindings"/>, the lead peer's organisation's record), the authority's response and action
/// plan, and the follow-up a year on. The authority's own record: the team reads only what it shares, while it lasts.
/// </summary>
[Audited("PeerChallenge")]
public class PeerChallenge
{
    public int Id { get; set; }

    public string Scope { get; set; } = "";

    /// <summary>The key lines of enquiry, one a line.</summary>
    public string LinesOfEnquiry { get; set; } = "";

    public string RequestedBy { get; set; } = "";

    public DateTime RequestedAtUtc { get; set; }

    /// <summary>The team's first day on site.</summary>
    public DateOnly? StartsOn { get; set; }

    /// <summary>The challenge's last day: the team reports by it, and reads the evidence no longer after it.</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>The evidence as shared (<c>PeerChallengeEvidence</c> as JSON); null until shared.</summary>
    public string? Evidence { get; set; }

    public DateTime? EvidenceSharedAtUtc { get; set; }

    public string Response { get; set; } = "";

    /// <summary>The authority's actions on the recommendations, one a line.</summary>
    public string ActionPlan { get; set; } = "";

    public DateTime? RespondedAtUtc { get; set; }

    public string FollowUp { get; set; } = "";

    public DateTime? FollowedUpAtUtc { get; set; }

    public List<PeerChallengeMember> Team { get; set; } = [];
}
