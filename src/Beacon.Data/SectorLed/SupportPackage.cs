using Beacon.Data.Audit;

namespace Beacon.Data.SectorLed;

/// <summary>
/// Support the region brokers for an authority's shared performance risk: who provides it, what it covers, what it
/// costs, when, and what came of it. The regional body's record; the authority reads those for its own risks.
/// </summary>
[Audited("SupportPackage")]
public class SupportPackage
{
    public int Id { get; set; }

    public int PerformanceRiskId { get; set; }

    /// <summary>The organisation whose risk it answers.</summary>
    public int AuthorityOrganisationId { get; set; }

    public string Provider { get; set; } = "";

    public string Scope { get; set; } = "";

    /// <summary>In pounds.</summary>
    public decimal Cost { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>What came of it, once known; empty until then.</summary>
    public string Outcome { get; set; } = "";

    public string BrokeredBy { get; set; } = "";

    public DateTime BrokeredAtUtc { get; set; }
}
