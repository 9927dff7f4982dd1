using Beacon.Data.Audit;

namespace Beacon.Data.Performance;

/// <summary>An indicator's value for a quarter: a number, or a suppression symbol when it may not be published.</summary>
[Audited("IndicatorValue")]
public class IndicatorValue
{
    public long Id { get; set; }

    public int IndicatorId { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }

    public decimal? Value { get; set; }

    /// <summary>A DfE-style symbol (c, x, ...) when the value is suppressed or not available.</summary>
    public string? Symbol { get; set; }

    public decimal? Numerator { get; set; }

    public decimal? Denominator { get; set; }
}
