namespace Beacon.Domain.SectorLed;

/// <summary>A peer challenge's stage, from what it has, and what each stage is called.</summary>
public static class PeerChallengeStages
{
    /// <summary>How long after the challenge ends its follow-up falls due.</summary>
    public const int FollowUpMonths = 12;

    public static PeerChallengeStage Of(bool teamAndDates, bool evidenceShared, bool reported, bool responded, bool followedUp) =>
        followedUp ? PeerChallengeStage.FollowedUp
        : responded ? PeerChallengeStage.Responded
        : reported ? PeerChallengeStage.Reported
        : evidenceShared ? PeerChallengeStage.EvidenceShared
        : teamAndDates ? PeerChallengeStage.TeamAgreed
        : PeerChallengeStage.Requested;

    public static string DisplayName(this PeerChallengeStage stage) =>
        stage switch
        {
            PeerChallengeStage.Requested => "Requested",
            PeerChallengeStage.TeamAgreed => "Team and dates agreed",
            PeerChallengeStage.EvidenceShared => "Evidence shared with the team",
            PeerChallengeStage.Reported => "Findings reported",
            PeerChallengeStage.Responded => "Responded with an action plan",
            PeerChallengeStage.FollowedUp => "Followed up",
            _ => stage.ToString(),
        };
}
