using System.Reflection;
using Beacon.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Beacon.Application.Accounts;

/// <summary>
/// Refuses passwords people commonly choose, as the NCSC advises instead of complexity rules: one on a list of about
/// 49,000 common passwords, or one made of such a password with digits or symbols added ("password1234",
/// "Summer2026!"), or the account's own name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<BeaconAccount>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<BeaconAccount> manager, BeaconAccount user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(
            password is not null && IsCommon(password, user.UserName)
                ? IdentityResult.Failed(
                    new IdentityError
                    {
                        Code = "CommonPassword",
                        Description =
                            "The password is one that many people use, or one with numbers or symbols added to it. Choose another, such as three random words.",
                    }
                )
                : IdentityResult.Success
        );
    }

    /// <summary>True for a common password, one with digits or symbols added at either end, or the user name itself.</summary>
    public static bool IsCommon(string password, string? userName)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.Trim().ToLowerInvariant();
        var core = lower.Trim("0123456789!\"£$%^&*()-_=+[]{};:'@#~,.<>/?\\| ".ToCharArray());
        return Common.Value.Contains(lower)
            || (core.Length > 0 && Common.Value.Contains(core))
            || (
                userName is not null
                && (
                    string.Equals(lower, userName, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(core, userName, StringComparison.OrdinalIgnoreCase)
                )
            );
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            words.Add(line);
        }

        return words;
    }
}
