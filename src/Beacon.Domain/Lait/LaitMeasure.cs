namespace Beacon.Domain.Lait;

/// <summary>
/// One line of LAIT's data dictionary: a measure (its <see cref="Key"/>, LAIT's <c>Measure_short</c>, joins to the
/// figures' <c>Short Desc</c>) shown under a topic. A few measures are listed under two topics, each with its own
/// name and sometimes its own decimals, as LAIT shows them.
/// </summary>
public sealed record LaitMeasure(
    string Key,
    string Topic,
    string Name,
    Polarity Polarity,
    int Decimals,
    string YearType,
    bool HasQuartiles,
    bool Discontinued,
    string? ChartTitle,
    string? AxisName,
    string? Status,
    string? Description,
    string? Methodology,
    string? Links,
    string? LastUpdate,
    string? NextUpdate
)
{
    /// <summary>LAIT shows a measure whose dictionary gives no decimal places to one place.</summary>
    public const int DefaultDecimals = 1;

    /// <summary>Whether LAIT ranks it and bands it: only a measure with a better direction is ranked.</summary>
    public bool IsRanked => Polarity != Polarity.Neutral;
}
