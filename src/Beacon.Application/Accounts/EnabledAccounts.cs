using Beacon.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Application.Accounts;

/// <summary>Lets an account sign in only while an administrator has not disabled it.</summary>
public sealed class EnabledAccounts : IUserConfirmation<BeaconAccount>
{
    public Task<bool> IsConfirmedAsync(UserManager<BeaconAccount> manager, BeaconAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(!user.IsDisabled);
    }
}
