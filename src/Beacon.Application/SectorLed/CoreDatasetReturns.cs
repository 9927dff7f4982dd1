using Beacon.Data;
using Beacon.Data.Organisations;
using Beacon.Data.SectorLed;
using Beacon.Domain.Access;
using Beacon.Domain.SectorLed;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SectorLed;

/// <summary>
/// The acting authority's side of its region's core dataset: each call the regional body has made, and the
/// authority's own return to it (made as an import of the <c>core-dataset</c> format).
/// </summary>
public sealed class CoreDatasetReturns(BeaconDbContext db)
{
    /// <summary>The regional body of the authority's region, and each of its calls with the authority's return, newest first.</summary>
    public async Task<(Organisation? Body, IReadOnlyList<CoreDatasetReturn> Returns)> ForAuthorityAsync(
        BeaconUser user,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(user);
        if (
            !AccessPolicy.Can(user, Permission.ViewPerformance)
            || await RegionalCalls.RegionalBodyAsync(db, cancellationToken) is not { } body
        )
        {
            return (null, []);
        }

        var authority = await db.Organisations.SingleAsync(o => o.Id == (db.OrganisationScope ?? Organisation.Home), cancellationToken);
        var calls = await RegionalCalls.CollectionsAsync(db, body, cancellationToken);
        var ids = calls.Select(c => c.Id).ToList();
        var made = await db
            .CoreDatasetSubmissions.AsNoTracking()
            .Include(s => s.Figures)
            .Where(s => s.RegionOrganisationId == body.Id && ids.Contains(s.CollectionId))
            .ToDictionaryAsync(s => s.CollectionId, cancellationToken);
        return (
            body,
            calls
                .Where(c => CoreDatasets.Find(c.DatasetCode) is not null)
                .Select(c => new CoreDatasetReturn(c, CoreDatasets.Find(c.DatasetCode)!, authority, made.GetValueOrDefault(c.Id)))
                .ToList()
        );
    }
}
