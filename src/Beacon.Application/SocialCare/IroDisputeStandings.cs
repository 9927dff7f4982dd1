using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain.SocialCare;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SocialCare;

/// <summary>Every IRO dispute with its stages and where it stands today, open ones first.</summary>
public static class IroDisputeStandings
{
    public static async Task<
        IReadOnlyList<(IroDispute Dispute, IReadOnlyList<IroDisputeStep> Steps, DisputeStatus Status)>
    > WithStatusAsync(BeaconDbContext db, IReadOnlyList<DisputeStage> stages, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stages);
        var disputes = await db.IroDisputes.AsNoTracking().ToListAsync(cancellationToken);
        var steps = (await db.IroDisputeSteps.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(s => s.DisputeId);
        return disputes
            .Select(d =>
            {
                var taken = steps[d.Id].OrderBy(s => s.Stage).ToList();
                var current = taken[^1];
                // A stage the authority has since removed is judged as its last one.
                var stage = Math.Min(current.Stage, stages.Count);
                return (
                    d,
                    (IReadOnlyList<IroDisputeStep>)taken,
                    IroDisputeProcess.Status(stages, stage, current.StartedOn, d.ResolvedOn is not null, today)
                );
            })
            .OrderBy(x => x.Item3.Resolved)
            .ThenBy(x => x.Item3.DueOn)
            .ToList();
    }
}
