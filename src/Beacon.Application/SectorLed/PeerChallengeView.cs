using System.Text.Json;
using Beacon.Data.SectorLed;
using Beacon.Domain.SectorLed;

namespace Beacon.Application.SectorLed;

/// <summary>A peer challenge with the team's findings (if reported) and its stage.</summary>
public sealed record PeerChallengeView(PeerChallenge Challenge, PeerChallengeFindings? Findings)
{
    public PeerChallengeStage Stage =>
        PeerChallengeStages.Of(
            Challenge.Team.Any(m => m.IsLead) && Challenge.StartsOn is not null && Challenge.EndsOn is not null,
            Challenge.EvidenceSharedAtUtc is not null,
            Findings is not null,
            Challenge.RespondedAtUtc is not null,
            Challenge.FollowedUpAtUtc is not null
        );

    /// <summary>When the follow-up falls due: a year after the challenge's last day.</summary>
    public DateOnly? FollowUpDueOn => Challenge.EndsOn?.AddMonths(PeerChallengeStages.FollowUpMonths);

    public PeerChallengeEvidence? Evidence =>
        Challenge.Evidence is null
            ? null
            : JsonSerializer.Deserialize<PeerChallengeEvidence>(Challenge.Evidence, SelfAssessmentRecorder.SnapshotJson);

    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
