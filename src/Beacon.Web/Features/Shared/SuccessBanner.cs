using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beacon.Web.Features.Shared;

/// <summary>
/// The success banner after a change, carried to the next page in TempData and shown once by the layout. Never in
/// the address: a banner read from the query string would let any link make Beacon say anything.
/// </summary>
public static class SuccessBanner
{
    public const string Key = "beacon-success";

    /// <summary>Redirects to <paramref name="url"/>, where the layout shows <paramref name="message"/> in the banner.</summary>
    public static RedirectResult RedirectWithBanner(this PageModel page, string url, string message)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.TempData[Key] = message;
        return new RedirectResult(url);
    }
}
