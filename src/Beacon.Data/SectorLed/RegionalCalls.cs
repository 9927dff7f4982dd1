using Beacon.Data.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Data.SectorLed;

/// <summary>
/// What the regional body serving the acting authority's region has asked of its authorities: the one read of a
/// regional body's records an authority makes, and only of the body of its own region.
/// </summary>
public static class RegionalCalls
{
    /// <summary>The regional body of the acting organisation's region, or null when it has none on this deployment.</summary>
    public static async Task<Organisation?> RegionalBodyAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var acting = db.OrganisationScope ?? Organisation.Home;
        var region = await db.Organisations.Where(o => o.Id == acting).Select(o => o.RegionCode).FirstOrDefaultAsync(cancellationToken);
        return region is null
            ? null
            : await db
                .Organisations.Where(o => o.Kind == Domain.Access.OrganisationKind.RegionalBody && o.RegionCode == region)
                .OrderBy(o => o.Id)
                .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The body's calls for core dataset returns, the newest quarter first.</summary>
    public static async Task<List<CoreDatasetCollection>> CollectionsAsync(
        BeaconDbContext db,
        Organisation body,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(body);
        using var across = db.AcrossOrganisations();
        return await db
            .CoreDatasetCollections.AsNoTracking()
            .Where(c => EF.Property<int>(c, OrganisationOwnership.Column) == body.Id)
            .OrderByDescending(c => c.Year)
            .ThenByDescending(c => c.Quarter)
            .ToListAsync(cancellationToken);
    }
}
