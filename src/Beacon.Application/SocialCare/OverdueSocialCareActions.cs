using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.SocialCare;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Application.SocialCare;

/// <summary>
/// Every social care action past its timescale, child by child, oldest first: open assessments, conferences and
/// visits from the latest Annex A extract, weekly reviews of decisions under the flexible-timescales direction, IRO
/// disputes past their stage, and sampled audits and moderations past the sample's date. The readiness page lists
/// them; the manager's start page counts them.
/// </summary>
public sealed class OverdueSocialCareActions(BeaconDbContext db, IMemoryCache cache, IServiceProvider services, TimeProvider clock)
{
    public Task<IReadOnlyList<OverdueAction>> ListAsync(CancellationToken cancellationToken) => ListAsync(null, null, cancellationToken);

    /// <summary>The list, from the directions in force and the practice measures where the caller has read them already.</summary>
    public async Task<IReadOnlyList<OverdueAction>> ListAsync(
        FlexibleDirections? directions,
        IReadOnlyList<PracticeMeasure>? practiceMeasures,
        CancellationToken cancellationToken
    )
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var flexible = directions ?? await FlexibleTimescales.InForceAsync(db, cancellationToken);
        var measures = practiceMeasures ?? await LatestAnnexA.MeasuresAsync(db, cache, today, cancellationToken, flexible);
        var overdue = new List<OverdueAction>();
        foreach (var measure in measures)
        {
            overdue.AddRange(
                measure
                    .Children.Where(c => c.MissedDue is not null)
                    .Select(c => new OverdueAction(
                        measure.Name,
                        $"Child {c.ChildId}",
                        c.MissedDue!.Value,
                        $"/social-care/measures/{measure.Code}"
                    ))
            );
        }

        overdue.AddRange(
            flexible
                .All.Where(t => t.IsReviewOverdue(today))
                .Select(t => new OverdueAction(
                    t.Decision == FlexibleDecision.ConferenceDate
                        ? "Weekly review of an initial conference date set under the direction"
                        : "Weekly review of a flexible assessment timescale",
                    $"Child {t.ChildId}",
                    t.ReviewDue,
                    "/social-care/flexible-timescales"
                ))
        );
        overdue.AddRange(
            (await IroDisputeStandings.WithStatusAsync(db, SocialCareSettings.DisputeStages(services), today, cancellationToken))
                .Where(d => d.Status.Overdue)
                .Select(d => new OverdueAction(
                    $"IRO dispute at stage {d.Status.Stage} ({d.Status.StageName})",
                    $"Child {d.Dispute.ChildId}",
                    d.Status.DueOn,
                    "/social-care/iro-disputes"
                ))
        );
        overdue.AddRange(await AuditsAsync(today, cancellationToken));
        return overdue.OrderBy(o => o.Due).ToList();
    }

    private async Task<IEnumerable<OverdueAction>> AuditsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var samples = await db.AuditSamples.AsNoTracking().Where(s => s.DueOn < today).ToListAsync(cancellationToken);
        var cases = await SampledCases.CasesAsync(db, cancellationToken);
        return samples.SelectMany(s =>
            cases[s.Id]
                .Where(c => c.AuditId is null || (c.ToModerate && !c.Moderated))
                .Select(c => new OverdueAction(
                    c.AuditId is null ? $"Audit for {s.Name}" : $"Moderation for {s.Name}",
                    $"Child {c.ChildId}",
                    s.DueOn,
                    c.AuditId is null ? "/social-care/audit-samples" : "/social-care/audits"
                ))
        );
    }
}
