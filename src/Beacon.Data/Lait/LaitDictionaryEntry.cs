namespace Beacon.Data.Lait;

/// <summary>
/// One line of LAIT's data dictionary as published: a measure (<see cref="Key"/>, LAIT's <c>Measure_short</c>) under
/// a topic, with LAIT's words for its polarity ("High", "Low", "-" or NA) and its other columns. NA is kept as null.
/// </summary>
public class LaitDictionaryEntry
{
    public int Id { get; set; }

    public string Key { get; set; } = "";

    public string Topic { get; set; } = "";

    public string Name { get; set; } = "";

    public string? MeasureCode { get; set; }

    public string? ChartTitle { get; set; }

    public string? AxisName { get; set; }

    public string? Polarity { get; set; }

    public string? StateFunded { get; set; }

    public string? Status { get; set; }

    public string? Description { get; set; }

    public string? LastUpdate { get; set; }

    public string? NextUpdate { get; set; }

    public string? Owner { get; set; }

    public string? Methodology { get; set; }

    public string? Links { get; set; }

    public int? Decimals { get; set; }

    public string YearType { get; set; } = "";

    /// <summary>LAIT's <c>No_Quartile</c>: "N" where the measure's range is too small for quartile bands.</summary>
    public string? NoQuartile { get; set; }

    public long ImportRunId { get; set; }
}
