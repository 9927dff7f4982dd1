using Beacon.Domain.SocialCare;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Data.SocialCare;

/// <summary>Each child's flexible decisions in force (their newest of each kind) with their reviews, as the measures use them.</summary>
public static class FlexibleTimescales
{
    public static async Task<FlexibleDirections> InForceAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var directions = await db.FlexibleTimescales.AsNoTracking().ToListAsync(cancellationToken);
        var reviews = (await db.FlexibleTimescaleReviews.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(
            r => r.TimescaleId,
            r => r.ReviewedOn
        );
        return new FlexibleDirections(
            directions
                .GroupBy(d => (d.ChildId, d.Decision))
                .Select(g => g.MaxBy(d => d.Id)!)
                .Select(d => new FlexibleTimescale(
                    d.ChildId,
                    d.Decision,
                    d.WorkingDays,
                    d.ConferenceOn,
                    d.DecidedBy,
                    d.DecidedOn,
                    d.Reason,
                    reviews[d.Id].ToList()
                ))
        );
    }
}
