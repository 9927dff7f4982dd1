using System.Globalization;
using System.Security.Claims;
using Beacon.Data.Accounts;
using Beacon.Domain.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Access;

/// <summary>The claims that carry what <see cref="AccessPolicy"/> needs beyond roles.</summary>
public static class BeaconClaims
{
    public const string SchoolUrn = "beacon:school_urn";
    public const string ExemptItems = "beacon:exempt_items";
    public const string LeadOfficerInitials = "beacon:lead_initials";
    public const string DisplayName = "beacon:display_name";
    public const string Organisation = "beacon:organisation";

    /// <summary>The signed-in person as the access rules see them.</summary>
    public static BeaconUser ToBeaconUser(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return BeaconUser.Anonymous;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(claim => BeaconRoleNames.Parse(claim.Value)).OfType<BeaconRole>().ToHashSet();
        var urn = int.TryParse(principal.FindFirstValue(SchoolUrn), CultureInfo.InvariantCulture, out var value) ? value : (int?)null;
        return new BeaconUser(
            principal.Identity.Name ?? "",
            roles,
            urn,
            principal.HasClaim(ExemptItems, "true"),
            principal.FindFirstValue(LeadOfficerInitials),
            int.TryParse(principal.FindFirstValue(Organisation), CultureInfo.InvariantCulture, out var organisation)
                ? organisation
                : OrganisationScope.Home
        );
    }
}

/// <summary>Adds Beacon's own claims to the sign-in cookie.</summary>
public sealed class BeaconClaimsFactory(
    UserManager<BeaconAccount> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options
) : UserClaimsPrincipalFactory<BeaconAccount, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(BeaconAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(BeaconClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(BeaconClaims.Organisation, user.OrganisationId.ToString(CultureInfo.InvariantCulture)));
        if (user.SchoolUrn is { } urn)
        {
            identity.AddClaim(new Claim(BeaconClaims.SchoolUrn, urn.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.MayReadExemptItems)
        {
            identity.AddClaim(new Claim(BeaconClaims.ExemptItems, "true"));
        }

        if (user.LeadOfficerInitials is { } initials)
        {
            identity.AddClaim(new Claim(BeaconClaims.LeadOfficerInitials, initials));
        }

        return identity;
    }
}
