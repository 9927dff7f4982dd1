using System.Security.Cryptography;
using System.Text;

namespace Beacon.Reports.Html;

/// <summary>
/// The style sheet inside every HTML report, kept inside so that a saved report still reads well, and its hash, which
/// the web app's content security policy allows so that the report is styled when served too.
/// </summary>
public static class HtmlReportStyle
{
    public const string Css =
        "body{font-family:Arial,sans-serif;max-width:60em;margin:2em auto;line-height:1.4;color:#0b0c0c}"
        + "table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #505a5f;padding:.3em;text-align:left;vertical-align:top}"
        + ".num{text-align:right}.green{color:#00703c}.amber{color:#8a5a00}.red{color:#d4351c}.na{color:#505a5f}caption{text-align:left;font-weight:bold}img{max-width:100%;height:auto}";

    /// <summary>The CSP source that allows exactly this style element, e.g. <c>'sha256-…'</c>.</summary>
    public static string ContentSecurityPolicySource { get; } =
        $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))}'";
}
