namespace Beacon.Web.Hosting;

/// <summary>What the site says about itself. Bound from <c>Beacon:Site</c>.</summary>
public sealed class BeaconSiteOptions
{
    public const string Section = "Beacon:Site";

    /// <summary>The authority's name, shown in the header.</summary>
    public string AuthorityName { get; set; } = "Beacon";

    /// <summary>True when the database holds demonstration data: every page says so.</summary>
    public bool DemoMode { get; set; }
}
