using Beacon.Data;
using Beacon.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Accounts;

/// <summary>Every account of the acting organisation with its roles, by user name.</summary>
public static class AccountList
{
    public static async Task<IReadOnlyList<AccountRow>> LoadAsync(BeaconDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var roles = await (
            from link in db.UserRoles
            join role in db.Roles on link.RoleId equals role.Id
            select new { link.UserId, role.Name }
        ).ToListAsync(cancellationToken);
        var scope = db.OrganisationScope;
        var accounts = await db
            .Users.AsNoTracking()
            .Where(u => scope == null || u.OrganisationId == scope)
            .OrderBy(u => u.UserName)
            .ToListAsync(cancellationToken);
        return accounts
            .Select(a => new AccountRow(
                a.UserName ?? "",
                a.DisplayName,
                roles.Where(r => r.UserId == a.Id).Select(r => BeaconRoleNames.Parse(r.Name!)?.DisplayName() ?? r.Name!).Order().ToList(),
                a.MayReadExemptItems,
                a.IsDemo,
                a.IsDisabled,
                a.LockoutEnd
            ))
            .ToList();
    }
}
