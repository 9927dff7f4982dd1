using System.Security.Claims;
using Beacon.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account;

/// <summary>
/// Back from the council's identity provider: signs in the Beacon account with the same email.
/// Roles stay Beacon's to grant, so an unknown person gets an explanation, not an account.
/// </summary>
[AllowAnonymous]
public sealed class ExternalCallbackModel(SignInManager<BeaconAccount> signIn, UserManager<BeaconAccount> users) : PageModel
{
    public string Email { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        Email = external.Principal?.FindFirstValue(ClaimTypes.Email) ?? external.Principal?.FindFirstValue("email") ?? "";
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var account = Email.Length > 0 ? await users.FindByEmailAsync(Email) : null;
        if (account is null || await users.IsLockedOutAsync(account) || !await signIn.CanSignInAsync(account))
        {
            return Page();
        }

        await signIn.SignInAsync(account, isPersistent: false, "oidc");
        return Redirect("/");
    }
}
