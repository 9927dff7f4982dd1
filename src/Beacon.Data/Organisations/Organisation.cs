using Beacon.Data.Audit;
using Beacon.Domain.Access;

namespace Beacon.Data.Organisations;

/// <summary>
/// An authority or a regional or national body on this deployment. A person belongs to one; what an authority owns
/// carries its id (<see cref="OrganisationOwnership"/>). A single-authority deployment has only <see cref="Home"/>.
/// </summary>
[Audited("Organisation")]
public class Organisation
{
    /// <summary>The deployment's own authority: every record made before there were several organisations is its.</summary>
    public const int Home = OrganisationScope.Home;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public OrganisationKind Kind { get; set; }

    /// <summary>For an authority, its three-digit LA code (805); for a body, none.</summary>
    public string? LaCode { get; set; }

    /// <summary>The ONS code of the region an authority is in, or a regional body serves (E12000001 for the North East).</summary>
    public string? RegionCode { get; set; }
}
