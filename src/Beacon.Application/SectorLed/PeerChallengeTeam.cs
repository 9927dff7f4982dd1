using Beacon.Data;
using Beacon.Data.Organisations;
using Beacon.Data.SectorLed;
using Beacon.Domain;
using Beacon.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SectorLed;

/// <summary>
/// A peer's side of the challenges they serve on: what each authority has shared with its team, while the
/// challenge lasts, and the lead peer's report of the findings. The one place a peer reads another authority's
/// record, and only what <see cref="AccessPolicy.CanServeOn"/> allows.
/// </summary>
public sealed class PeerChallengeTeam(BeaconDbContext db, TimeProvider clock)
{
    /// <summary>A challenge as its team reads it.</summary>
    public sealed record Served(PeerChallengeView View, Organisation Authority, bool IsLead);

    /// <summary>The challenges the person serves on now, soonest ending first.</summary>
    public async Task<IReadOnlyList<Served>> CurrentAsync(BeaconUser user, CancellationToken cancellationToken) =>
        await LoadAsync(user, null, cancellationToken);

    public async Task<Served?> FindAsync(BeaconUser user, int id, CancellationToken cancellationToken) =>
        (await LoadAsync(user, id, cancellationToken)).FirstOrDefault();

    /// <summary>The lead peer reports the team's findings: strengths, areas to consider, and recommendations.</summary>
    public async Task<Result> ReportAsync(
        BeaconUser user,
        int id,
        string? strengths,
        string? areasToConsider,
        string? recommendations,
        CancellationToken cancellationToken
    )
    {
        if (await FindAsync(user, id, cancellationToken) is not { } served)
        {
            return Result.Failure(SectorLedProblem.NotFound, "There is no such peer challenge you serve on");
        }

        if (!served.IsLead)
        {
            return Result.Failure("Strengths", "The lead peer reports the team's findings");
        }

        if (
            RequiredText.Missing(
                ("Strengths", strengths, "Enter the strengths the team found"),
                ("AreasToConsider", areasToConsider, "Enter the areas the team asks the authority to consider"),
                ("Recommendations", recommendations, "Enter the team's recommendations, one a line")
            ) is
            { } missing
        )
        {
            return missing;
        }

        var findings = await db.PeerChallengeFindings.FirstOrDefaultAsync(
            f => f.PeerChallengeId == id && f.AuthorityOrganisationId == served.Authority.Id,
            cancellationToken
        );
        if (findings is null)
        {
            findings = new PeerChallengeFindings { PeerChallengeId = id, AuthorityOrganisationId = served.Authority.Id };
            db.PeerChallengeFindings.Add(findings);
        }

        (findings.Strengths, findings.AreasToConsider, findings.Recommendations, findings.WrittenBy, findings.WrittenAtUtc) = (
            strengths!.Trim(),
            areasToConsider!.Trim(),
            recommendations!.Trim(),
            user.UserName,
            clock.GetUtcNow().UtcDateTime
        );
        db.AuditScope.Reason = $"Findings of {served.Authority.Name}'s peer challenge reported";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    private async Task<List<Served>> LoadAsync(BeaconUser user, int? id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!AccessPolicy.Can(user, Permission.ServeAsPeer))
        {
            return [];
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var findings = await db.PeerChallengeFindings.AsNoTracking().ToListAsync(cancellationToken);
        using var across = db.AcrossOrganisations();
        var rows = await db
            .PeerChallenges.AsNoTracking()
            .Include(c => c.Team)
            .Where(c => c.Team.Any(m => m.UserName == user.UserName && m.PeerOrganisationId == user.OrganisationId))
            .Where(c => id == null || c.Id == id)
            .Select(c => new { Challenge = c, Owner = EF.Property<int>(c, OrganisationOwnership.Column) })
            .ToListAsync(cancellationToken);
        var owners = rows.Select(r => r.Owner).Distinct().ToList();
        var authorities = await db
            .Organisations.AsNoTracking()
            .Where(o => owners.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        return rows.Where(r =>
                AccessPolicy.CanServeOn(user, named: true, r.Owner, r.Challenge.EvidenceSharedAtUtc is not null, r.Challenge.EndsOn, today)
            )
            .OrderBy(r => r.Challenge.EndsOn)
            .Select(r => new Served(
                new PeerChallengeView(
                    r.Challenge,
                    findings.FirstOrDefault(f => f.PeerChallengeId == r.Challenge.Id && f.AuthorityOrganisationId == r.Owner)
                ),
                authorities[r.Owner],
                r.Challenge.Team.Any(m => m.UserName == user.UserName && m.IsLead)
            ))
            .ToList();
    }
}
