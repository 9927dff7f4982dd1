namespace Beacon.Domain.Lait;

/// <summary>
/// LAIT's local authority view of a measure: the authority, its region, its neighbours' average and England by
/// year; then the authority's trend, change, latest rank and quartile band.
/// </summary>
public sealed record LaitLaView(
    LaitMeasure Measure,
    LaitSeries Series,
    LaitPlace Authority,
    LaitGrouping Grouping,
    IReadOnlyList<LaitRow> Rows,
    LaitStanding Standing
)
{
    public LaitRow Own => Rows[0];

    /// <summary>LAIT's words for the direction of the latest change.</summary>
    public string? Trend =>
        Own.Change switch
        {
            null => null,
            > 0 => "Increase",
            < 0 => "Decrease",
            _ => "No trend",
        };
}
