using Beacon.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account;

/// <summary>Ends the session; a POST only, so that a link cannot sign anyone out.</summary>
public sealed class SignOutModel(SignInManager<BeaconAccount> signIn, UserManager<BeaconAccount> users) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    /// <summary>Ends this session and, by changing the account's security stamp, any copy of its cookie.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } account)
        {
            await users.UpdateSecurityStampAsync(account);
        }

        await signIn.SignOutAsync();
        return Redirect("/sign-in");
    }
}
