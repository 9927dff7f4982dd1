using Beacon.Data;
using Beacon.Domain;
using Beacon.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Accounts;

/// <summary>An account as the access rules see it, for work done outside a signed-in request (the command line).</summary>
public static class AccountUsers
{
    /// <summary>The problem's code when no usable account has that name.</summary>
    public const string NoSuchAccount = "no-such-account";

    /// <summary>The named account's roles and grants; an unknown or disabled account is a problem.</summary>
    public static async Task<Result<BeaconUser>> FindAsync(BeaconDbContext db, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var normalised = userName.Trim().ToUpperInvariant();
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalised, cancellationToken);
        if (account is null || account.IsDisabled)
        {
            return Result.Failure(NoSuchAccount, $"'{userName}' is not an account that may act in Beacon");
        }

        var roles = await (
            from link in db.UserRoles
            join role in db.Roles on link.RoleId equals role.Id
            where link.UserId == account.Id
            select role.Name
        ).ToListAsync(cancellationToken);
        return new BeaconUser(
            account.UserName!,
            roles.Select(r => BeaconRoleNames.Parse(r!)).OfType<BeaconRole>().ToHashSet(),
            account.SchoolUrn,
            account.MayReadExemptItems,
            account.LeadOfficerInitials,
            account.OrganisationId
        );
    }

    /// <summary>True once anyone has an account: from then on, work on the command line names whose it is.</summary>
    public static Task<bool> AnyAsync(BeaconDbContext db, CancellationToken cancellationToken) => db.Users.AnyAsync(cancellationToken);
}
