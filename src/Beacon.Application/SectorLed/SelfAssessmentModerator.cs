using Beacon.Data;
using Beacon.Data.Organisations;
using Beacon.Data.SectorLed;
using Beacon.Domain;
using Beacon.Domain.Access;
using Beacon.Domain.SectorLed;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SectorLed;

/// <summary>
/// A region's moderation panel: the self-assessments its authorities have shared, each read as last signed, and the
/// panel's challenge and moderated grade per area. The one place where a regional body reads an authority's record,
/// and only what <see cref="AccessPolicy.CanModerate"/> allows.
/// </summary>
public sealed class SelfAssessmentModerator(BeaconDbContext db, TimeProvider clock)
{
    /// <summary>A shared self-assessment as the panel reads it: the authority, its last signed revision, the panel's word so far.</summary>
    public sealed record Shared(
        SelfAssessment Assessment,
        Organisation Authority,
        SelfAssessmentSignOff LastSigned,
        SignedRevision Revision,
        AssessmentFramework Framework,
        IReadOnlyList<SelfAssessmentModeration> Moderations
    );

    /// <summary>Every self-assessment shared with the moderator's region, newest first.</summary>
    public async Task<IReadOnlyList<Shared>> SharedAsync(BeaconUser user, CancellationToken cancellationToken) =>
        await LoadAsync(user, null, cancellationToken);

    public async Task<Shared?> FindAsync(BeaconUser user, int id, CancellationToken cancellationToken) =>
        (await LoadAsync(user, id, cancellationToken)).FirstOrDefault();

    /// <summary>Records the panel's challenge and moderated grade for one area of the last signed revision.</summary>
    public async Task<Result> ModerateAsync(
        BeaconUser user,
        int id,
        string areaCode,
        string? grade,
        string? challenge,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await FindAsync(user, id, cancellationToken) is not { } shared || shared.Framework.Area(areaCode) is null)
        {
            return Result.Failure(SectorLedProblem.NotFound, "There is no such self-assessment shared with your region");
        }

        var problems = new List<Problem>();
        if (grade is null || !shared.Framework.Grades.Contains(grade))
        {
            problems.Add(new Problem($"grade-{areaCode}", "Select the panel's moderated grade"));
        }

        if (string.IsNullOrWhiteSpace(challenge))
        {
            problems.Add(new Problem($"challenge-{areaCode}", "Enter the panel's challenge: what it tested and what it found"));
        }
        else if (challenge.Length > SelfAssessmentRecorder.NarrativeLimit)
        {
            problems.Add(
                new Problem(
                    $"challenge-{areaCode}",
                    $"The challenge must be {SelfAssessmentRecorder.NarrativeLimit:N0} characters or fewer"
                )
            );
        }

        if (problems.Count > 0)
        {
            return problems[0] with { Details = problems };
        }

        db.SelfAssessmentModerations.Add(
            new SelfAssessmentModeration
            {
                SelfAssessmentId = id,
                AuthorityOrganisationId = shared.Authority.Id,
                Revision = shared.LastSigned.Revision,
                AreaCode = areaCode,
                ModeratedGrade = grade!,
                Challenge = challenge!.Trim(),
                ModeratedBy = user.UserName,
                ModeratedAtUtc = clock.GetUtcNow().UtcDateTime,
            }
        );
        db.AuditScope.Reason = $"Moderated {shared.Authority.Name}'s {shared.Framework.Area(areaCode)!.Name}: {grade}";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    private async Task<List<Shared>> LoadAsync(BeaconUser user, int? id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (
            !AccessPolicy.Can(user, Permission.ModerateSelfAssessments)
            || await RegionalBody.OfAsync(db, user.OrganisationId, cancellationToken) is not { } body
        )
        {
            return [];
        }

        var (region, authorities) = (body.Region, body.ById);
        var ids = authorities.Keys.ToList();
        var moderations = await db.SelfAssessmentModerations.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken);
        using var across = db.AcrossOrganisations();
        var assessments = await db
            .SelfAssessments.AsNoTracking()
            .Where(a => a.SharedWithRegionAtUtc != null && ids.Contains(EF.Property<int>(a, OrganisationOwnership.Column)))
            .Where(a => id == null || a.Id == id)
            .OrderByDescending(a => a.SharedWithRegionAtUtc)
            .Select(a => new
            {
                Assessment = a,
                SignOffs = a.SignOffs.ToList(),
                Owner = EF.Property<int>(a, OrganisationOwnership.Column),
            })
            .ToListAsync(cancellationToken);
        var shared = new List<Shared>();
        foreach (var row in assessments)
        {
            var (assessment, authority) = (row.Assessment, authorities[row.Owner]);
            assessment.SignOffs = row.SignOffs;
            if (!AccessPolicy.CanModerate(user, region, authority.RegionCode, shared: true) || assessment.SignOffs.Count == 0)
            {
                continue;
            }

            var last = assessment.SignOffs.MaxBy(s => (s.Revision, s.Id))!;
            shared.Add(
                new Shared(
                    assessment,
                    authority,
                    last,
                    SelfAssessmentView.AsSigned(last),
                    AssessmentFrameworks.Find(assessment.FrameworkCode)!,
                    moderations.Where(m => m.SelfAssessmentId == assessment.Id && m.AuthorityOrganisationId == authority.Id).ToList()
                )
            );
        }

        return shared;
    }
}
