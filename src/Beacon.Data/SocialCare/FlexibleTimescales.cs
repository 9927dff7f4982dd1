using Beacon.Domain.SocialCare;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Data.SocialCare;

/// <summary>Each child's flexible timescale in force (their newest direction) with its reviews, as the measures use them.</summary>
public static class FlexibleTimescales
{
    public static async Task<Dictionary<string, FlexibleTimescale>> InForceAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var directions = await db.FlexibleTimescales.AsNoTracking().ToListAsync(cancellationToken);
        var reviews = (await db.FlexibleTimescaleReviews.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(
            r => r.TimescaleId,
            r => r.ReviewedOn
        );
        return directions
            .GroupBy(d => d.ChildId)
            .Select(g => g.MaxBy(d => d.Id)!)
            .ToDictionary(
                d => d.ChildId,
                d => new FlexibleTimescale(d.ChildId, d.WorkingDays, d.DecidedBy, d.DecidedOn, d.Reason, reviews[d.Id].ToList())
            );
    }
}
