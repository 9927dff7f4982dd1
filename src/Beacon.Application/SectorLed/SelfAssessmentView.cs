using System.Text.Json;
using Beacon.Data;
using Beacon.Data.SectorLed;
using Beacon.Domain.Access;
using Beacon.Domain.SectorLed;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SectorLed;

/// <summary>A self-assessment as its authority reads it: areas, signatures, the revisions kept, and the panel's moderation.</summary>
public sealed record SelfAssessmentView(
    SelfAssessment Assessment,
    AssessmentFramework Framework,
    SelfAssessmentStatus Status,
    IReadOnlyList<SelfAssessmentModeration> Moderations
)
{
    /// <summary>The roles that have signed the current revision.</summary>
    public IReadOnlySet<BeaconRole> SignedNow =>
        Assessment.SignOffs.Where(s => s.Revision == Assessment.Revision).Select(s => s.Role).ToHashSet();

    public static SelfAssessmentStatus StatusOf(SelfAssessment assessment, bool moderated = false)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var signed = AccessPolicy.SignOffRoles.All(r => assessment.SignOffs.Any(s => s.Revision == assessment.Revision && s.Role == r));
        return !signed ? SelfAssessmentStatus.Draft
            : moderated ? SelfAssessmentStatus.Moderated
            : assessment.SharedWithRegionAtUtc is not null ? SelfAssessmentStatus.SharedForModeration
            : SelfAssessmentStatus.SignedOff;
    }

    /// <summary>The acting authority's self-assessments, newest first.</summary>
    public static async Task<IReadOnlyList<SelfAssessmentView>> AllAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var assessments = await db
            .SelfAssessments.AsNoTracking()
            .Include(a => a.SignOffs)
            .OrderByDescending(a => a.Id)
            .ToListAsync(cancellationToken);
        var moderations = await ModerationsAsync(db, null, cancellationToken);
        return assessments.Select(a => Of(a, moderations.Where(m => m.SelfAssessmentId == a.Id).ToList())).ToList();
    }

    /// <summary>One of the acting authority's self-assessments; null when it is not theirs.</summary>
    public static async Task<SelfAssessmentView?> FindAsync(BeaconDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var assessment = await db
            .SelfAssessments.AsNoTracking()
            .Include(a => a.Areas)
            .Include(a => a.SignOffs)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return assessment is null ? null : Of(assessment, await ModerationsAsync(db, id, cancellationToken));
    }

    /// <summary>A revision as one of its roles signed it.</summary>
    public static SignedRevision AsSigned(SelfAssessmentSignOff signOff)
    {
        ArgumentNullException.ThrowIfNull(signOff);
        return JsonSerializer.Deserialize<SignedRevision>(signOff.Snapshot, SelfAssessmentRecorder.SnapshotJson)!;
    }

    internal static SelfAssessmentView Of(SelfAssessment assessment, IReadOnlyList<SelfAssessmentModeration> moderations) =>
        new(
            assessment,
            AssessmentFrameworks.Find(assessment.FrameworkCode)!,
            StatusOf(assessment, moderated: moderations.Count > 0),
            moderations
        );

    // The panel's moderations are its regional body's records: the authority reads those of its own self-assessments,
    // found by the authority they name, across the organisations' lock.
    private static async Task<List<SelfAssessmentModeration>> ModerationsAsync(
        BeaconDbContext db,
        int? id,
        CancellationToken cancellationToken
    )
    {
        var authority = db.OrganisationScope;
        using var across = db.AcrossOrganisations();
        return await db
            .SelfAssessmentModerations.AsNoTracking()
            .Where(m => authority == null || m.AuthorityOrganisationId == authority)
            .Where(m => id == null || m.SelfAssessmentId == id)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
    }
}
