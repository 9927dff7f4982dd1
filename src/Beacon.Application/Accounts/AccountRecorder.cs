using System.Security.Cryptography;
using Beacon.Data.Accounts;
using Beacon.Data.Audit;
using Beacon.Domain;
using Beacon.Domain.Access;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Application.Accounts;

/// <summary>Opens accounts and keeps Beacon's roles in the store; every change is audited with its reason.</summary>
public sealed class AccountRecorder(UserManager<BeaconAccount> users, RoleManager<IdentityRole> roles, AuditScope audit)
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
