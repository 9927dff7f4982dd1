using Beacon.Data.Audit;

namespace Beacon.Data.Performance;

/// <summary>An indicator's target for a financial year, with optional profiled quarterly targets.</summary>
[Audited("Target")]
public class IndicatorTarget
{
    public int Id { get; set; }

    public int IndicatorId { get; set; }

    /// <summary>The financial year's starting calendar year.</summary>
    public int Year { get; set; }

    public decimal AnnualTarget { get; set; }

    public decimal? Q1Target { get; set; }

    public decimal? Q2Target { get; set; }

    public decimal? Q3Target { get; set; }

    public decimal? Q4Target { get; set; }
}
