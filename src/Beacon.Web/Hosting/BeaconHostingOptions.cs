namespace Beacon.Web.Hosting;

/// <summary>How Beacon sits behind a council's proxy and whether it insists on HTTPS. Bound from <c>Beacon:Hosting</c>.</summary>
public sealed class BeaconHostingOptions
{
    public const string Section = "Beacon:Hosting";

    /// <summary>
    /// Redirect HTTP to HTTPS and mark the sign-in cookie Secure even where a request arrives over HTTP. HSTS is sent on
    /// every HTTPS response whatever this says.
    /// </summary>
    public bool RequireHttps { get; set; }

    /// <summary>The proxies (IP addresses) whose X-Forwarded-For and X-Forwarded-Proto headers Beacon believes, besides loopback.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies, in CIDR form (10.0.0.0/8).</summary>
    public string[] KnownNetworks { get; set; } = [];
}
