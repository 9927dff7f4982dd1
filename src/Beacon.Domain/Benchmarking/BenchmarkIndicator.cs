namespace Beacon.Domain.Benchmarking;

/// <summary>
/// Where a figure is read in the DfE open-data statistics: a dataset, the filters a row must carry (each
/// <c>column=value</c>; others, such as DfE's version, may differ), and a measure column.
/// </summary>
public sealed record StatisticSource(string Dataset, IReadOnlyList<string> Filters, string Measure);

/// <summary>
/// An indicator over the national statistics: read as published, or, where the file gives counts, computed as
/// a rate per <see cref="Per"/> of a denominator (usually ONS population) in the same period. Definitions are
/// data, so a new DfE file in the same layout becomes indicators by adding definitions only.
/// </summary>
public sealed record BenchmarkIndicator(
    string Code,
    string Name,
    StatisticSource Source,
    string Unit,
    Polarity Polarity,
    int Decimals = 1,
    StatisticSource? Denominator = null,
    int Per = 10_000
)
{
    /// <summary>The value as the indicator reports it: the figure itself, or the rate per <see cref="Per"/> of the denominator.</summary>
    public decimal? Compute(decimal? figure, decimal? denominator) =>
        Denominator is null ? figure
        : figure is { } n && denominator is > 0 ? Math.Round(n * Per / denominator.Value, Decimals, MidpointRounding.AwayFromZero)
        : null;
}
