using Beacon.Application.Accounts;
using Beacon.Data.Accounts;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beacon.Web.Features.Account;

/// <summary>Local sign-in with lockout; the council's own provider when one is configured.</summary>
[AllowAnonymous]
public sealed class SignInModel(SignInManager<BeaconAccount> signIn, BeaconOpenIdConnectOptions oidc, IOptions<AccountOptions> accounts)
    : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ExternalProvider => oidc.Enabled ? oidc.DisplayName : null;

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(UserName), "Enter your user name and password");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError(nameof(UserName), accounts.Value.SignInRefusedMessage);
        return Page();
    }
}
