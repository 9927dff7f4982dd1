using Beacon.Application.Accounts;
using Beacon.Data;
using Beacon.Data.Organisations;
using Beacon.Domain.Access;
using Beacon.Import.Geography;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Demo;

/// <summary>
/// The North East's twelve authorities on the demo's one deployment: the demo authority is Hartlepool's seat (its
/// data is Hartlepool's, seeds 000 and 001), the other eleven have the national data everyone shares, and the
/// region's improvement alliance is a body of its own. Middlesbrough's people have accounts, so that anyone can see
/// that nothing of Hartlepool's reaches them.
/// </summary>
public static class RegionDemo
{
    public const string RegionCode = "E12000001";

    public const string HomeLaCode = "805";

    public const string OtherLaCode = "806";

    public const string AllianceName = "North East Regional Improvement and Innovation Alliance (demonstration)";

    /// <summary>How the other authority's demo accounts' names begin.</summary>
    public const string OtherUserPrefix = "middlesbrough-";

    /// <summary>The other authority's demo account of a role, e.g. <c>middlesbrough-performance-officer</c>.</summary>
    public static string OtherUserNameFor(BeaconRole role) => OtherUserPrefix + DemoSeeder.UserNameFor(role)["demo-".Length..];

    /// <summary>
    /// The roles Middlesbrough's demo people hold: every role but a headteacher's, whose school would be
    /// Middlesbrough's, and the moderator's, which is the alliance's.
    /// </summary>
    public static IEnumerable<BeaconRole> OtherRoles =>
        Enum.GetValues<BeaconRole>().Where(r => r is not (BeaconRole.Headteacher or BeaconRole.RegionalModerator));

    /// <summary>The region's improvement alliance's organisation id.</summary>
    public static Task<int> AllianceIdAsync(BeaconDbContext db) =>
        db.Organisations.Where(o => o.Kind == OrganisationKind.RegionalBody && o.RegionCode == RegionCode).Select(o => o.Id).SingleAsync();

    public static async Task SeedOrganisationsAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        var home = await db.Organisations.SingleAsync(o => o.Id == Organisation.Home, cancellationToken);
        (home.Name, home.LaCode, home.RegionCode) = (DemoSeeder.AuthorityName, HomeLaCode, RegionCode);
        var known = await db.Organisations.Select(o => o.LaCode).ToListAsync(cancellationToken);
        known.Add(HomeLaCode);
        foreach (var authority in LocalAuthorityRegister.Shipped.All.Where(a => a.RegionCode == RegionCode && !known.Contains(a.OldCode)))
        {
            db.Organisations.Add(
                new Organisation
                {
                    Name = authority.Name + " Council (demonstration)",
                    Kind = OrganisationKind.Authority,
                    LaCode = authority.OldCode,
                    RegionCode = RegionCode,
                }
            );
        }

        if (!await db.Organisations.AnyAsync(o => o.Kind == OrganisationKind.RegionalBody, cancellationToken))
        {
            db.Organisations.Add(
                new Organisation
                {
                    Name = AllianceName,
                    Kind = OrganisationKind.RegionalBody,
                    RegionCode = RegionCode,
                }
            );
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Middlesbrough's demo people, one a role, each given a fresh password.</summary>
    public static async Task<IReadOnlyList<DemoAccount>> SeedOtherAccountsAsync(
        BeaconDbContext db,
        AccountRecorder recorder,
        CancellationToken cancellationToken
    )
    {
        var middlesbrough = await db.Organisations.SingleAsync(o => o.LaCode == OtherLaCode, cancellationToken);
        var accounts = new List<DemoAccount>();
        foreach (var role in OtherRoles)
        {
            var account = await DemoAccounts.EnsureAsync(
                recorder,
                new NewAccount(
                    OtherUserNameFor(role),
                    $"Middlesbrough {role.DisplayName().ToLowerInvariant()} (demonstration)",
                    null,
                    [role],
                    LeadOfficerInitials: role == BeaconRole.LeadOfficer ? "AMc" : null,
                    IsDemo: true,
                    OrganisationId: middlesbrough.Id
                )
            );
            accounts.Add(
                new DemoAccount(account.UserName, account.Password, role, "Middlesbrough: sees none of the demo authority's records")
            );
        }

        return accounts;
    }
}
