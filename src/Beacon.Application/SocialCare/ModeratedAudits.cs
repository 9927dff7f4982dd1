using System.Text.Json;
using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.SocialCare;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SocialCare;

/// <summary>Every case-file audit with its moderation, newest first, and the same as grades for agreement and themes.</summary>
public static class ModeratedAudits
{
    public sealed record Audited(
        IReadOnlyList<(CaseAudit Audit, CaseAuditModeration? Moderation)> Audits,
        IReadOnlyList<GradedAudit> Graded
    );

    public static async Task<Audited> AllAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var audits = await db.CaseAudits.AsNoTracking().OrderByDescending(a => a.Id).ToListAsync(cancellationToken);
        var moderations = await db.CaseAuditModerations.AsNoTracking().ToDictionaryAsync(m => m.AuditId, cancellationToken);
        var pairs = audits.Select(a => (a, moderations.GetValueOrDefault(a.Id))).ToList();
        var graded = pairs
            .Select(x => new GradedAudit(
                x.a.Id,
                x.a.Auditor,
                JsonSerializer.Deserialize<Dictionary<string, int>>(x.a.Grades)!,
                x.Item2 is { } moderation ? JsonSerializer.Deserialize<Dictionary<string, int>>(moderation.Grades) : null
            ))
            .ToList();
        return new Audited(pairs, graded);
    }
}
