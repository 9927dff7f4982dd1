using Beacon.Data;
using Beacon.Domain.SocialCare;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.SocialCare;

/// <summary>Audit samples as their pages and the readiness dashboard read them.</summary>
public static class AuditSampleData
{
    /// <summary>A sampled child: audited (the audit's id) or not, and, once audited, whether the sample picked it for moderation and whether it was moderated.</summary>
    public sealed record SampledCase(string ChildId, long? AuditId, string? Auditor, bool ToModerate, bool Moderated);

    /// <summary>The audits every sample picked for moderation, by its own seed and percentage.</summary>
    public static async Task<IReadOnlySet<long>> ToModerateAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var samples = await db.AuditSamples.AsNoTracking().ToListAsync(cancellationToken);
        var audits = (
            await db
                .CaseAudits.AsNoTracking()
                .Where(a => a.SampleId != null)
                .Select(a => new
                {
                    a.Id,
                    a.Auditor,
                    a.SampleId,
                })
                .ToListAsync(cancellationToken)
        ).ToLookup(a => a.SampleId!.Value);
        return samples
            .SelectMany(s => CaseSampling.ForModeration(audits[s.Id].Select(a => (a.Id, a.Auditor)), s.ModeratePercent, s.Seed))
            .ToHashSet();
    }

    /// <summary>Each sample's children with what has been done about them.</summary>
    public static async Task<ILookup<long, SampledCase>> CasesAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var toModerate = await ToModerateAsync(db, cancellationToken);
        var moderated = (await db.CaseAuditModerations.AsNoTracking().Select(m => m.AuditId).ToListAsync(cancellationToken)).ToHashSet();
        var audits = (
            await db
                .CaseAudits.AsNoTracking()
                .Where(a => a.SampleId != null)
                .Select(a => new
                {
                    a.Id,
                    a.Auditor,
                    a.SampleId,
                    a.ChildId,
                })
                .ToListAsync(cancellationToken)
        ).ToDictionary(a => (a.SampleId!.Value, a.ChildId));
        var cases = await db.AuditSampleCases.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return cases.ToLookup(
            c => c.SampleId,
            c =>
                audits.TryGetValue((c.SampleId, c.ChildId), out var audit)
                    ? new SampledCase(c.ChildId, audit.Id, audit.Auditor, toModerate.Contains(audit.Id), moderated.Contains(audit.Id))
                    : new SampledCase(c.ChildId, null, null, false, false)
        );
    }
}
