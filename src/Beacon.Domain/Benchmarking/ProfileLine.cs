namespace Beacon.Domain.Benchmarking;

/// <summary>
/// One indicator in an authority's local profile for a year: its figure, its statistical neighbours' average (of
/// those with a value, and how many that was), its region's and England's figures, its rank and quartile band,
/// the change on last year, the five-year trend (oldest first), and any early-warning flags.
/// </summary>
public sealed record ProfileLine(
    BenchmarkIndicator Indicator,
    int Year,
    string Period,
    AuthorityFigure Figure,
    decimal? NeighbourAverage,
    int NeighboursWithValue,
    AuthorityFigure Region,
    AuthorityFigure England,
    RankPlace? Place,
    decimal? Change,
    IReadOnlyList<(int Year, AuthorityFigure Figure)> Trend,
    IReadOnlyList<EarlyWarning> Warnings
);

/// <summary>A performance risk the sector-led approach asks to be seen early, with the figures behind it.</summary>
public sealed record EarlyWarning(string Kind, string Evidence);
