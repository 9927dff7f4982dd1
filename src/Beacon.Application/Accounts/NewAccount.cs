using Beacon.Domain.Access;

namespace Beacon.Application.Accounts;

/// <summary>What an administrator gives to open an account.</summary>
public sealed record NewAccount(
    string UserName,
    string? DisplayName,
    string? Email,
    IReadOnlyList<BeaconRole> Roles,
    int? SchoolUrn = null,
    string? LeadOfficerInitials = null,
    bool MayReadExemptItems = false,
    bool IsDemo = false,
    int OrganisationId = OrganisationScope.Home
);
