using Beacon.Application.Accounts;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Admin;

/// <summary>The accounts and their roles, for administrators.</summary>
[RequirePermission(Permission.ManageUsers)]
public sealed class UsersModel(BeaconDbContext db) : PageModel
{
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Accounts = await AccountList.LoadAsync(db, cancellationToken);
}
