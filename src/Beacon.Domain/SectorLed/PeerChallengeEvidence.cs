namespace Beacon.Domain.SectorLed;

/// <summary>
/// What an authority shares with its peer team, frozen the day it shares it: its self-assessment as last signed off
/// (if it has one) and every figure of its profile as it stood.
/// </summary>
public sealed record PeerChallengeEvidence(
    string? SelfAssessmentTitle,
    SignedRevision? SelfAssessment,
    IReadOnlyList<FrozenEvidence> Profile
);
