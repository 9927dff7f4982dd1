namespace Beacon.Domain.SectorLed;

/// <summary>
/// Where a peer challenge has got, from the authority's request to the follow-up a year on (seed 004; the LGA's
/// corporate and children's services peer challenges).
/// </summary>
public enum PeerChallengeStage
{
    /// <summary>Asked for: the scope and key lines of enquiry are set; the team and dates are not yet.</summary>
    Requested,

    /// <summary>A lead peer and dates agreed; the evidence is not yet shared.</summary>
    TeamAgreed,

    /// <summary>The evidence is shared with the team, who may read it until the challenge ends.</summary>
    EvidenceShared,

    /// <summary>The team has reported its findings and recommendations.</summary>
    Reported,

    /// <summary>The authority has responded with its action plan; the follow-up is due a year after the challenge.</summary>
    Responded,

    /// <summary>Followed up.</summary>
    FollowedUp,
}
