using System.Security.Cryptography;
using Beacon.Data.Accounts;
using Beacon.Data.Audit;
using Beacon.Domain;
using Beacon.Domain.Access;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Application.Accounts;

/// <summary>Opens accounts and keeps Beacon's roles in the store; every change is audited with its reason.</summary>
public sealed class AccountRecorder(UserManager<BeaconAccount> users, RoleManager<IdentityRole> roles, AuditScope audit, TimeProvider clock)
{
    private const string PasswordLetters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A new random password of letters and digits that are not easily confused.</summary>
    public static string GeneratePassword(int length = 20) => RandomNumberGenerator.GetString(PasswordLetters, length);

    /// <summary>Creates Beacon's roles where they are missing.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Enum.GetValues<BeaconRole>())
        {
            if (!await roles.RoleExistsAsync(role.ToString()))
            {
                Check(await roles.CreateAsync(new IdentityRole(role.ToString())));
            }
        }
    }

    /// <summary>
    /// Opens the account with the given password, or none (a demo account's is set at each start). A headteacher
    /// without a school, a password the rules refuse or a user name already taken is a problem saying so.
    /// </summary>
    public async Task<Result<BeaconAccount>> CreateAsync(NewAccount request, string? password, string reason)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Roles.Contains(BeaconRole.Headteacher) && request.SchoolUrn is null)
        {
            return Result.Failure("school-needed", "A headteacher needs their school's URN: they see only their own school.");
        }

        await EnsureRolesAsync();
        audit.Reason = reason;
        var account = new BeaconAccount
        {
            UserName = request.UserName,
            DisplayName = request.DisplayName ?? request.UserName,
            Email = request.Email,
            SchoolUrn = request.SchoolUrn,
            LeadOfficerInitials = request.LeadOfficerInitials,
            MayReadExemptItems = request.MayReadExemptItems,
            IsDemo = request.IsDemo,
            // An administrator opens accounts in their own organisation; the operator in the one named.
            OrganisationId = audit.OrganisationId ?? request.OrganisationId,
        };
        var created = password is null ? await users.CreateAsync(account) : await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            return Refused("The account was not created: ", created);
        }

        audit.Reason = reason;
        var added = await users.AddToRolesAsync(account, request.Roles.Select(r => r.ToString()));
        return added.Succeeded ? account : Refused("The roles were not granted: ", added);
    }

    /// <summary>Gives an account a new password in place of the one it had.</summary>
    public async Task SetPasswordAsync(BeaconAccount account, string password, string reason)
    {
        audit.Reason = reason;
        Check(await users.RemovePasswordAsync(account));
        audit.Reason = reason;
        Check(await users.AddPasswordAsync(account, password));
    }

    public Task<BeaconAccount?> FindAsync(string userName) => users.FindByNameAsync(userName);

    /// <summary>
    /// Makes the change, audited with the administrator's reason, and ends the person's other sessions (their
    /// security stamp changes, so a copied cookie stops working). A reset gives the new password, to be shown once.
    /// </summary>
    public async Task<Result<string?>> ChangeAsync(string userName, AccountChange change, BeaconRole? role, string? reason)
    {
        if (RequiredText.Missing(("Reason", reason, "Enter why you are making this change, for the audit trail")) is { } noReason)
        {
            return noReason;
        }

        // Another organisation's account is not there for this administrator, as its records are not.
        if (
            await users.FindByNameAsync(userName) is not { } account
            || (audit.OrganisationId is { } acting && account.OrganisationId != acting)
        )
        {
            return Result.Failure(AccountUsers.NoSuchAccount, $"There is no account '{userName}'");
        }

        audit.Reason = reason;
        string? password = null;
        var done = change switch
        {
            AccountChange.Disable => await SetDisabledAsync(account, true),
            AccountChange.Enable => await SetDisabledAsync(account, false),
            AccountChange.Unlock => await UnlockAsync(account),
            AccountChange.ResetPassword => await ResetPasswordAsync(account, password = GeneratePassword()),
            AccountChange.RemoveRole when role is { } removed && await users.IsInRoleAsync(account, removed.ToString()) =>
                await users.RemoveFromRoleAsync(account, removed.ToString()),
            AccountChange.RemoveRole => IdentityResult.Failed(
                new IdentityError { Description = $"{userName} does not hold the role {role?.DisplayName() ?? "named"}" }
            ),
            AccountChange.RevokeExemptItems => await RevokeExemptItemsAsync(account),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
        };
        if (!done.Succeeded)
        {
            return Refused("The account was not changed: ", done);
        }

        if (change != AccountChange.Unlock)
        {
            audit.Reason = reason;
            Check(await users.UpdateSecurityStampAsync(account));
        }

        return password;
    }

    private Task<IdentityResult> SetDisabledAsync(BeaconAccount account, bool disabled)
    {
        account.IsDisabled = disabled;
        return users.UpdateAsync(account);
    }

    private async Task<IdentityResult> UnlockAsync(BeaconAccount account)
    {
        var unlocked = await users.SetLockoutEndDateAsync(account, null);
        return unlocked.Succeeded ? await users.ResetAccessFailedCountAsync(account) : unlocked;
    }

    private async Task<IdentityResult> ResetPasswordAsync(BeaconAccount account, string password)
    {
        // Set first, so that the save carrying the reason records the reset (the hash is never in the audit trail).
        account.PasswordSetAtUtc = clock.GetUtcNow().UtcDateTime;
        var removed = await users.RemovePasswordAsync(account);
        return removed.Succeeded ? await users.AddPasswordAsync(account, password) : removed;
    }

    private Task<IdentityResult> RevokeExemptItemsAsync(BeaconAccount account)
    {
        account.MayReadExemptItems = false;
        return users.UpdateAsync(account);
    }

    private static Problem Refused(string what, IdentityResult result) =>
        Result.Failure("refused", what + string.Join(" ", result.Errors.Select(e => e.Description)));

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
