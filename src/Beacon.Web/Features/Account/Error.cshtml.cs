using Beacon.Import.Pipeline;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace Beacon.Web.Features.Account;

/// <summary>
/// The page shown for a refused, missing or failed request, keeping its status code. A failure is logged with the
/// request's reference, which the page gives the person to quote.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ImportOptions imports, ILogger<ErrorModel> logger) : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    /// <summary>The request's reference, for a failure: in the log beside the exception.</summary>
    public string? Reference { get; private set; }

    public IActionResult OnGet(int status) => Show(status);

    public IActionResult OnPost(int status) => Show(status);

    private PageResult Show(int status)
    {
        (Heading, Explanation) = status switch
        {
            400 => (
                "Beacon cannot read that request",
                "A value in the address or the form is not one Beacon can read. Check it, or start again from the home page."
            ),
            403 => (
                "You do not have access to this page",
                "Your role does not include this page. If you need it for your work, ask a Beacon administrator."
            ),
            404 => ("Page not found", "Check the address, or start again from the home page."),
            413 => (
                "The file is too large",
                $"Beacon takes files of up to {imports.MaxFileBytes / (1024 * 1024):N0} MB ({imports.MaxFileBytes:N0} bytes, set by Beacon:Import:MaxFileBytes)."
            ),
            _ => ("Sorry, there is a problem with Beacon", "Try again later. The problem has been logged."),
        };
        if (status >= 500)
        {
            Reference = HttpContext.TraceIdentifier;
            var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
            logger.LogError(
                failure?.Error,
                "Request {Method} {Path} failed with status {Status}; reference {Reference}",
                Request.Method,
                failure?.Path ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath,
                status,
                Reference
            );
        }

        Response.StatusCode = status is >= 400 and < 600 ? status : 500;
        return Page();
    }
}
