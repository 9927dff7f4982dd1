using Beacon.Data.Audit;

namespace Beacon.Data.SectorLed;

/// <summary>
/// A risk to its own performance an authority identifies itself (seed 004, "Performance Risks"), perhaps from an
/// early warning of its profile; its own until it shares it with the region, which may broker support for it.
/// </summary>
[Audited("PerformanceRisk")]
public class PerformanceRisk
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>The profile indicator that shows it, where one does.</summary>
    public string? IndicatorCode { get; set; }

    public string RaisedBy { get; set; } = "";

    public DateTime RaisedAtUtc { get; set; }

    /// <summary>When it was shared with the region and its principal adviser; null while the authority's alone.</summary>
    public DateTime? SharedWithRegionAtUtc { get; set; }
}
