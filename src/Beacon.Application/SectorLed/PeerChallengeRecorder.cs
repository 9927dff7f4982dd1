using System.Text.Json;
using Beacon.Application.Accounts;
using Beacon.Data;
using Beacon.Data.Organisations;
using Beacon.Data.SectorLed;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.SectorLed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Application.SectorLed;

/// <summary>
/// The authority's side of a peer challenge: it asks for one, names its team and dates, shares its evidence (frozen),
/// reads the team's findings, responds with an action plan, and records the follow-up a year on.
/// </summary>
public sealed class PeerChallengeRecorder(BeaconDbContext db, IMemoryCache cache, SelfAssessmentRecorder assessments, TimeProvider clock)
{
    public const int TextLimit = 4_000;

    public async Task<IReadOnlyList<PeerChallengeView>> AllAsync(BeaconUser user, CancellationToken cancellationToken) =>
        await LoadAsync(user, null, cancellationToken);

    public async Task<PeerChallengeView?> FindAsync(BeaconUser user, int id, CancellationToken cancellationToken) =>
        (await LoadAsync(user, id, cancellationToken)).FirstOrDefault();

    public async Task<Result<int>> RequestAsync(BeaconUser user, string? scope, string? linesOfEnquiry, CancellationToken cancellationToken)
    {
        if (!MayManage(user))
        {
            return Result.Failure(SectorLedProblem.NotFound, "You may not ask for a peer challenge");
        }

        if (
            RequiredText.Missing(
                ("Scope", scope, "Enter the challenge's scope"),
                ("LinesOfEnquiry", linesOfEnquiry, "Enter the key lines of enquiry, one a line")
            ) is
            { } missing
        )
        {
            return missing;
        }

        if (scope!.Length > TextLimit || linesOfEnquiry!.Length > TextLimit)
        {
            return Result.Failure(scope.Length > TextLimit ? "Scope" : "LinesOfEnquiry", $"Keep each to {TextLimit:N0} characters");
        }

        var challenge = new PeerChallenge
        {
            Scope = scope.Trim(),
            LinesOfEnquiry = linesOfEnquiry.Trim(),
            RequestedBy = user.UserName,
            RequestedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.PeerChallenges.Add(challenge);
        db.AuditScope.Reason = "Peer challenge requested";
        await db.SaveChangesAsync(cancellationToken);
        return challenge.Id;
    }

    /// <summary>Names a peer by their account: a person of another authority who may serve as a peer.</summary>
    public async Task<Result> AddPeerAsync(BeaconUser user, int id, string? userName, bool lead, CancellationToken cancellationToken)
    {
        if (!MayManage(user) || await TrackedAsync(id, cancellationToken) is not { } challenge)
        {
            return Result.Failure(SectorLedProblem.NotFound, "There is no such peer challenge");
        }

        if (challenge.EvidenceSharedAtUtc is not null)
        {
            return Result.Failure("Peer", "The team is fixed once the evidence is shared");
        }

        if (
            string.IsNullOrWhiteSpace(userName)
            || await AccountUsers.FindAsync(db, userName, cancellationToken) is not { Succeeded: true } found
        )
        {
            return Result.Failure("Peer", "Enter the user name of a peer's Beacon account");
        }

        var peer = found.Value;
        var own = db.OrganisationScope ?? Organisation.Home;
        if (peer.OrganisationId == own || !AccessPolicy.Can(peer, Permission.ServeAsPeer))
        {
            return Result.Failure(
                "Peer",
                peer.OrganisationId == own
                    ? "A peer comes from another authority, not this one"
                    : $"{peer.UserName} does not hold a role that serves on peer challenges"
            );
        }

        if (challenge.Team.Any(m => string.Equals(m.UserName, peer.UserName, StringComparison.OrdinalIgnoreCase)))
        {
            return Result.Failure("Peer", $"{peer.UserName} is already on the team");
        }

        if (lead)
        {
            challenge.Team.ForEach(m => m.IsLead = false);
        }

        challenge.Team.Add(
            new PeerChallengeMember
            {
                UserName = peer.UserName,
                PeerOrganisationId = peer.OrganisationId,
                IsLead = lead || challenge.Team.Count == 0,
            }
        );
        db.AuditScope.Reason = $"{peer.UserName} named to the team{(lead ? " as lead peer" : "")}";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    public async Task<Result> SetDatesAsync(
        BeaconUser user,
        int id,
        DateOnly? startsOn,
        DateOnly? endsOn,
        CancellationToken cancellationToken
    )
    {
        if (!MayManage(user) || await TrackedAsync(id, cancellationToken) is not { } challenge)
        {
            return Result.Failure(SectorLedProblem.NotFound, "There is no such peer challenge");
        }

        var problems = new List<Problem>();
        if (startsOn is null)
        {
            problems.Add(new Problem("starts-on", "Enter the team's first day on site"));
        }

        if (endsOn is null)
        {
            problems.Add(new Problem("ends-on", "Enter the challenge's last day, when the team reports"));
        }
        else if (startsOn is not null && endsOn < startsOn)
        {
            problems.Add(new Problem("ends-on", "The last day must be on or after the first"));
        }

        if (problems.Count > 0)
        {
            return problems[0] with { Details = problems };
        }

        (challenge.StartsOn, challenge.EndsOn) = (startsOn, endsOn);
        db.AuditScope.Reason = $"Dates set: {startsOn:d MMMM yyyy} to {endsOn:d MMMM yyyy}";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>
    /// Shares the evidence with the team, frozen as it stands today: the self-assessment as last signed off and every
    /// figure of the profile. The team reads it, and only it, until the challenge's last day.
    /// </summary>
    public async Task<Result> ShareEvidenceAsync(BeaconUser user, int id, CancellationToken cancellationToken)
    {
        if (!MayManage(user) || await TrackedAsync(id, cancellationToken) is not { } challenge)
        {
            return Result.Failure(SectorLedProblem.NotFound, "There is no such peer challenge");
        }

        if (!challenge.Team.Any(m => m.IsLead) || challenge.EndsOn is null)
        {
            return Result.Failure("share", "Name the team, with its lead peer, and set the dates before sharing the evidence");
        }

        if (challenge.EvidenceSharedAtUtc is not null)
        {
            return Result.Done;
        }

        var signed = (await SelfAssessmentView.AllAsync(db, cancellationToken))
            .Where(v => v.Assessment.SignOffs.Count > 0)
            .Select(v => (v.Assessment.Title, Signed: SelfAssessmentView.AsSigned(v.Assessment.SignOffs.MaxBy(s => (s.Revision, s.Id))!)))
            .FirstOrDefault();
        var profile = await SelfAssessmentEvidence.ProfileAsync(
            db,
            cache,
            await assessments.LaCodeAsync(cancellationToken),
            cancellationToken
        );
        challenge.Evidence = JsonSerializer.Serialize(
            new PeerChallengeEvidence(signed.Title, signed.Signed, profile),
            SelfAssessmentRecorder.SnapshotJson
        );
        challenge.EvidenceSharedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.AuditScope.Reason = $"Evidence shared with the team until {challenge.EndsOn:d MMMM yyyy}";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>The authority's response to the team's findings, with its action plan.</summary>
    public async Task<Result> RespondAsync(
        BeaconUser user,
        int id,
        string? response,
        string? actionPlan,
        CancellationToken cancellationToken
    )
    {
        if (!MayManage(user) || await TrackedAsync(id, cancellationToken) is not { } challenge)
        {
            return Result.Failure(SectorLedProblem.NotFound, "There is no such peer challenge");
        }

        if ((await FindingsAsync([id], cancellationToken)).Count == 0)
        {
            return Result.Failure("Response", "Respond once the team has reported its findings");
        }

        if (
            RequiredText.Missing(
                ("Response", response, "Enter the authority's response to the findings"),
                ("ActionPlan", actionPlan, "Enter the action plan, one action a line")
            ) is
            { } missing
        )
        {
            return missing;
        }

        (challenge.Response, challenge.ActionPlan, challenge.RespondedAtUtc) = (
            response!.Trim(),
            actionPlan!.Trim(),
            clock.GetUtcNow().UtcDateTime
        );
        db.AuditScope.Reason = "Responded to the peer challenge with an action plan";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>What the follow-up a year on found of the action plan.</summary>
    public async Task<Result> FollowUpAsync(BeaconUser user, int id, string? followUp, CancellationToken cancellationToken)
    {
        if (!MayManage(user) || await TrackedAsync(id, cancellationToken) is not { } challenge)
        {
            return Result.Failure(SectorLedProblem.NotFound, "There is no such peer challenge");
        }

        if (challenge.RespondedAtUtc is null)
        {
            return Result.Failure("FollowUp", "Record the follow-up once the authority has responded with its action plan");
        }

        if (string.IsNullOrWhiteSpace(followUp))
        {
            return Result.Failure("FollowUp", "Enter what the follow-up found of the action plan");
        }

        (challenge.FollowUp, challenge.FollowedUpAtUtc) = (followUp.Trim(), clock.GetUtcNow().UtcDateTime);
        db.AuditScope.Reason = "Peer challenge followed up";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    private static bool MayManage(BeaconUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return AccessPolicy.Can(user, Permission.EditSelfAssessments);
    }

    private Task<PeerChallenge?> TrackedAsync(int id, CancellationToken cancellationToken) =>
        db.PeerChallenges.Include(c => c.Team).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    private async Task<List<PeerChallengeView>> LoadAsync(BeaconUser user, int? id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!AccessPolicy.Can(user, Permission.ViewSelfAssessments))
        {
            return [];
        }

        var challenges = await db
            .PeerChallenges.AsNoTracking()
            .Include(c => c.Team)
            .Where(c => id == null || c.Id == id)
            .OrderByDescending(c => c.Id)
            .ToListAsync(cancellationToken);
        var findings = await FindingsAsync(challenges.Select(c => c.Id).ToList(), cancellationToken);
        return challenges.Select(c => new PeerChallengeView(c, findings.FirstOrDefault(f => f.PeerChallengeId == c.Id))).ToList();
    }

    // The teams' findings on the acting authority's challenges: the lead peers' organisations' records, naming it.
    private async Task<List<PeerChallengeFindings>> FindingsAsync(List<int> ids, CancellationToken cancellationToken)
    {
        var own = db.OrganisationScope ?? Organisation.Home;
        using var across = db.AcrossOrganisations();
        return await db
            .PeerChallengeFindings.AsNoTracking()
            .Where(f => f.AuthorityOrganisationId == own && ids.Contains(f.PeerChallengeId))
            .ToListAsync(cancellationToken);
    }
}
