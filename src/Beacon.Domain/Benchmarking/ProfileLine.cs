namespace Beacon.Domain.Benchmarking;

/// <summary>
/// One indicator in an authority's local profile for a year: its figure, its statistical neighbours' average (of
/// those with a value, and how many that was), its region's and England's figures, its rank and quartile band,
/// the change on last year, the five-year trend (oldest first), any early-warning flags, the first year of the
/// statistical neighbour model the average used, and a shared service's figure where the authority reports with others.
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
    IReadOnlyList<EarlyWarning> Warnings,
    int? NeighbourModel = null,
    SharedFigure? Shared = null
);

/// <summary>A shared service's figure for the authority with others (by name), which is not the authority's own.</summary>
public sealed record SharedFigure(AuthorityFigure Figure, IReadOnlyList<string> With);

/// <summary>A performance risk the sector-led approach asks to be seen early, with the figures behind it.</summary>
public sealed record EarlyWarning(string Kind, string Evidence);
