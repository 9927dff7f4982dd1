using Beacon.Data;
using Beacon.Domain.Achievement;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Schools;

/// <summary>The achievement measures with the floor standards in force: the newest an officer saved, else the shipped ones.</summary>
public static class AchievementCatalogs
{
    public static async Task<AchievementCatalog> InForceAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var saved = await db
            .FloorStandardsVersions.AsNoTracking()
            .OrderByDescending(v => v.Id)
            .Select(v => v.Json)
            .FirstOrDefaultAsync(cancellationToken);
        // A saved version was checked before it was saved; the shipped catalog stands in should it no longer read.
        return saved is not null && AchievementCatalog.Shipped.WithFloorStandards(saved).Catalog is { } catalog
            ? catalog
            : AchievementCatalog.Shipped;
    }
}
