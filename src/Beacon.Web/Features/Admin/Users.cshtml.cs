using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Admin;

/// <summary>The accounts and their roles, for administrators.</summary>
[RequirePermission(Permission.ManageUsers)]
public sealed class UsersModel(BeaconDbContext db) : PageModel
{
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var roles = await (
            from link in db.UserRoles
            join role in db.Roles on link.RoleId equals role.Id
            select new { link.UserId, role.Name }
        ).ToListAsync();
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync();
        Accounts = accounts
            .Select(a => new AccountRow(
                a.UserName ?? "",
                a.DisplayName,
                roles.Where(r => r.UserId == a.Id).Select(r => BeaconRoleNames.Parse(r.Name!)?.DisplayName() ?? r.Name!).Order().ToList(),
                a.MayReadExemptItems,
                a.IsDemo
            ))
            .ToList();
    }
}

/// <summary>One account as the users page lists it.</summary>
public sealed record AccountRow(string UserName, string DisplayName, IReadOnlyList<string> Roles, bool MayReadExemptItems, bool IsDemo);
