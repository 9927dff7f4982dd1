using Beacon.Data.Audit;
using Beacon.Domain;
using Beacon.Domain.Performance;

namespace Beacon.Data.Performance;

/// <summary>A key performance indicator: what it measures, which way is better, and whose it is.</summary>
[Audited("Indicator")]
public class Indicator
{
    public int Id { get; set; }

    /// <summary>The local reference, e.g. SCS LAS 01.</summary>
    public string Reference { get; set; } = "";

    public string Title { get; set; } = "";

    public int BusinessAreaId { get; set; }

    public string? ObjectiveReference { get; set; }

    public string LeadOfficerInitials { get; set; } = "";

    /// <summary>Percentage, Number, Rate, Money, Days or YesNo (Beacon.Domain.Performance.IndicatorUnit).</summary>
    public string Unit { get; set; } = "";

    /// <summary>HigherIsBetter, LowerIsBetter or None.</summary>
    public Polarity Polarity { get; set; }

    /// <summary>Snapshot or Cumulative.</summary>
    public Accumulation Accumulation { get; set; }

    public string? DataSource { get; set; }

    public bool IsStatutory { get; set; }

    /// <summary>A change no larger than this, in the indicator's unit, is "the same" for direction of travel.</summary>
    public decimal SameWithin { get; set; }
}
