using Beacon.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Data.Organisations;

/// <summary>
/// A regional body as its people act for it: the body, and the authorities of its region on this deployment, by
/// name. What a body reads of its authorities' records is bounded by these (and by what they shared).
/// </summary>
public sealed class RegionalBody
{
    private RegionalBody(Organisation body, IReadOnlyList<Organisation> authorities)
    {
        Body = body;
        Authorities = authorities;
        ById = authorities.ToDictionary(a => a.Id);
    }

    public Organisation Body { get; }

    /// <summary>The ONS code of the region the body serves.</summary>
    public string Region => Body.RegionCode!;

    public IReadOnlyList<Organisation> Authorities { get; }

    public IReadOnlyDictionary<int, Organisation> ById { get; }

    /// <summary>The organisation as a regional body serving a region; null when it is not one.</summary>
    public static async Task<RegionalBody?> OfAsync(BeaconDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var body = await db
            .Organisations.AsNoTracking()
            .FirstOrDefaultAsync(
                o => o.Id == organisationId && o.Kind == OrganisationKind.RegionalBody && o.RegionCode != null,
                cancellationToken
            );
        if (body is null)
        {
            return null;
        }

        var authorities = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Authority && o.RegionCode == body.RegionCode)
            .OrderBy(o => o.Name)
            .ToListAsync(cancellationToken);
        return new RegionalBody(body, authorities);
    }
}
