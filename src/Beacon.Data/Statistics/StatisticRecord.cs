namespace Beacon.Data.Statistics;

/// <summary>
/// One published figure from an official statistics file, keyed by
/// (dataset, time period, geography, filters, measure). Written by the bulk path, read by EF.
/// </summary>
public class StatisticRecord
{
    public long Id { get; set; }

    public string Dataset { get; set; } = "";

    /// <summary>As published: <c>2025</c> for a reporting year, <c>202425</c> for an academic year.</summary>
    public string TimePeriod { get; set; } = "";

    public string TimeIdentifier { get; set; } = "";

    public string GeographicLevel { get; set; } = "";

    /// <summary>E92000001 for England, a region code, or an authority's nine-character code.</summary>
    public string GeographyCode { get; set; } = "";

    /// <summary>The filter columns and their values, <c>name=value</c> joined by <c>|</c> in column order.</summary>
    public string Filters { get; set; } = "";

    public string Measure { get; set; } = "";

    /// <summary>The number, or null when suppressed or missing.</summary>
    public decimal? Value { get; set; }

    /// <summary>The DfE symbol (x, c, z, low, k, u) when suppressed.</summary>
    public string? Symbol { get; set; }

    public long ImportRunId { get; set; }
}
