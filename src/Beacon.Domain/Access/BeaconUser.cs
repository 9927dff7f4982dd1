namespace Beacon.Domain.Access;

/// <summary>What Beacon knows about the person making a request, as far as access is concerned.</summary>
/// <param name="UserName">The account's sign-in name.</param>
/// <param name="Roles">The roles the account holds.</param>
/// <param name="SchoolUrn">For a headteacher, the URN of their own school.</param>
/// <param name="MayReadExemptItems">Granted individually (Schedule 12A): a role alone never gives it.</param>
/// <param name="LeadOfficerInitials">For a lead officer, the initials their indicators carry.</param>
/// <param name="OrganisationId">The authority or body the person belongs to; the deployment's own unless said.</param>
public sealed record BeaconUser(
    string UserName,
    IReadOnlySet<BeaconRole> Roles,
    int? SchoolUrn = null,
    bool MayReadExemptItems = false,
    string? LeadOfficerInitials = null,
    int OrganisationId = OrganisationScope.Home
)
{
    /// <summary>Someone who has not signed in.</summary>
    public static BeaconUser Anonymous { get; } = new("", new HashSet<BeaconRole>(), OrganisationId: OrganisationScope.None);
}
