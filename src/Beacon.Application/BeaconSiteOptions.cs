namespace Beacon.Application;

/// <summary>What the site says about itself. Bound from <c>Beacon:Site</c>.</summary>
public sealed class BeaconSiteOptions
{
    public const string Section = "Beacon:Site";

    /// <summary>The authority's name, shown in the header.</summary>
    public string AuthorityName { get; set; } = "Beacon";

    /// <summary>The directorate whose performance report Beacon produces.</summary>
    public string DirectorateName { get; set; } = "Children's Services Directorate";

    /// <summary>
    /// The authority's three-digit LA code (e.g. 805), which picks its schools out of a national register for the
    /// termly review; with none, every school loaded is the authority's (the demo's own few).
    /// </summary>
    public string? LaCode { get; set; }

    /// <summary>Who signs the letters to headteachers about their school's rating, by name.</summary>
    public string? SignatoryName { get; set; }

    /// <summary>The signatory's post, under their name.</summary>
    public string SignatoryRole { get; set; } = "Assistant Director, Performance and Achievement";

    /// <summary>True when the database holds demonstration data: every page says so.</summary>
    public bool DemoMode { get; set; }

    /// <summary>The authority's risk matrix (Beacon:Site:Risks): its size, where "high" starts, and the review quarter.</summary>
    public Domain.Risks.RiskMatrix Risks { get; set; } = new();
}
