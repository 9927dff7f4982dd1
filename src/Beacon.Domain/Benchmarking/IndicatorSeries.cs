namespace Beacon.Domain.Benchmarking;

/// <summary>
/// Every figure of one indicator: each year's figure for each authority (by its old three-digit code, which stays
/// the same when DfE recodes an authority), each region's and England's as published. Years are the first
/// calendar year of the period (2018 for 2018/19).
/// </summary>
public sealed class IndicatorSeries(BenchmarkIndicator indicator)
{
    public BenchmarkIndicator Indicator { get; } = indicator;

    public Dictionary<int, Dictionary<string, AuthorityFigure>> Authorities { get; } = [];

    public Dictionary<int, Dictionary<string, AuthorityFigure>> Regions { get; } = [];

    public Dictionary<int, AuthorityFigure> England { get; } = [];

    /// <summary>
    /// Figures a shared service reports for two or more authorities together (North and West Northamptonshire's
    /// children's trust, say), each year under every member's code with the others' names: shown on each member's
    /// profile, marked as shared, and never ranked or averaged as either authority's own.
    /// </summary>
    public Dictionary<int, Dictionary<string, (AuthorityFigure Figure, IReadOnlyList<string> With)>> Shared { get; } = [];

    /// <summary>How DfE labels each year's period, e.g. 2024 or 201819.</summary>
    public Dictionary<int, string> PeriodLabels { get; } = [];

    public AuthorityFigure Authority(int year, string authority) =>
        Authorities.TryGetValue(year, out var byAuthority) && byAuthority.TryGetValue(authority, out var figure)
            ? figure
            : AuthorityFigure.Missing;

    public AuthorityFigure Region(int year, string? region) =>
        region is not null && Regions.TryGetValue(year, out var byRegion) && byRegion.TryGetValue(region, out var figure)
            ? figure
            : AuthorityFigure.Missing;

    public IEnumerable<int> Years => Authorities.Keys.Order();
}
