using Beacon.Data.Audit;

namespace Beacon.Data.SectorLed;

/// <summary>
/// A peer team's findings on a challenge: strengths, areas to consider, and recommendations. Written by the lead
/// peer, so their organisation's record; the authority challenged reads those of its own challenges.
/// </summary>
[Audited("PeerChallengeFindings")]
public class PeerChallengeFindings
{
    public int Id { get; set; }

    public int PeerChallengeId { get; set; }

    /// <summary>The organisation whose challenge it reports on.</summary>
    public int AuthorityOrganisationId { get; set; }

    public string Strengths { get; set; } = "";

    public string AreasToConsider { get; set; } = "";

    /// <summary>One a line.</summary>
    public string Recommendations { get; set; } = "";

    public string WrittenBy { get; set; } = "";

    public DateTime WrittenAtUtc { get; set; }
}
