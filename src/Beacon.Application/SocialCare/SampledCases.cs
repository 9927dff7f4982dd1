using Beacon.Data;
using Beacon.Domain.SocialCare;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SocialCare;

/// <summary>Audit samples as their pages and the readiness dashboard read them.</summary>
public static class SampledCases
{
    /// <summary>A sampled child: audited (the audit's id) or not, and, once audited, whether the sample picked it for moderation and whether it was moderated.</summary>
    public sealed record SampledCase(string ChildId, long? AuditId, string? Auditor, bool ToModerate, bool Moderated);

    /// <summary>The audits every sample picked for moderation, by its own seed and percentage.</summary>
    public static async Task<IReadOnlySet<long>> ToModerateAsync(BeaconDbContext db, CancellationToken cancellationToken) =>
        ToModerate(await db.AuditSamples.AsNoTracking().ToListAsync(cancellationToken), await SampledAuditsAsync(db, cancellationToken));

    /// <summary>Each sample's children with what has been done about them.</summary>
    public static async Task<ILookup<long, SampledCase>> CasesAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var audits = await SampledAuditsAsync(db, cancellationToken);
        var toModerate = ToModerate(await db.AuditSamples.AsNoTracking().ToListAsync(cancellationToken), audits);
        var moderated = (await db.CaseAuditModerations.AsNoTracking().Select(m => m.AuditId).ToListAsync(cancellationToken)).ToHashSet();
        var byChild = audits.ToDictionary(a => (a.SampleId, a.ChildId));
        var cases = await db.AuditSampleCases.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return cases.ToLookup(
            c => c.SampleId,
            c =>
                byChild.TryGetValue((c.SampleId, c.ChildId), out var audit)
                    ? new SampledCase(c.ChildId, audit.Id, audit.Auditor, toModerate.Contains(audit.Id), moderated.Contains(audit.Id))
                    : new SampledCase(c.ChildId, null, null, false, false)
        );
    }

    private sealed record SampledAudit(long Id, string Auditor, long SampleId, string ChildId);

    private static async Task<List<SampledAudit>> SampledAuditsAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db
            .CaseAudits.AsNoTracking()
            .Where(a => a.SampleId != null)
            .Select(a => new SampledAudit(a.Id, a.Auditor, a.SampleId!.Value, a.ChildId))
            .ToListAsync(cancellationToken);
    }

    private static HashSet<long> ToModerate(IEnumerable<Data.SocialCare.AuditSample> samples, IEnumerable<SampledAudit> audits)
    {
        var bySample = audits.ToLookup(a => a.SampleId);
        return samples
            .SelectMany(s => CaseSampling.ForModeration(bySample[s.Id].Select(a => (a.Id, a.Auditor)), s.ModeratePercent, s.Seed))
            .ToHashSet();
    }
}
