using Beacon.Data.Audit;

namespace Beacon.Data.SectorLed;

/// <summary>A peer on a challenge's team: a person of another authority, by account, one of them the lead peer.</summary>
[Audited("PeerChallengeMember")]
public class PeerChallengeMember
{
    public int Id { get; set; }

    public int PeerChallengeId { get; set; }

    public string UserName { get; set; } = "";

    /// <summary>The peer's own organisation, as their account had it when named.</summary>
    public int PeerOrganisationId { get; set; }

    public bool IsLead { get; set; }
}
