using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Account;

/// <summary>The page shown for a refused, missing or failed request, keeping its status code.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public IActionResult OnGet(int status) => Show(status);

    public IActionResult OnPost(int status) => Show(status);

    private PageResult Show(int status)
    {
        (Heading, Explanation) = status switch
        {
            403 => (
                "You do not have access to this page",
                "Your role does not include this page. If you need it for your work, ask a Beacon administrator."
            ),
            404 => ("Page not found", "Check the address, or start again from the home page."),
            _ => ("Sorry, there is a problem with Beacon", "Try again later. The problem has been logged."),
        };
        Response.StatusCode = status is >= 400 and < 600 ? status : 500;
        return Page();
    }
}
