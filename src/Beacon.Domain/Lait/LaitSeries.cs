using Beacon.Domain.Benchmarking;

namespace Beacon.Domain.Lait;

/// <summary>
/// Every figure of one LAIT measure: its period labels in LAIT's order (oldest first) and each geography's figure in
/// each, as published. LAIT's marker "-" stays a symbol, never a zero.
/// </summary>
public sealed class LaitSeries(string key, IReadOnlyList<string> years, IReadOnlyDictionary<int, AuthorityFigure[]> figures)
{
    public string Key { get; } = key;

    public IReadOnlyList<string> Years { get; } = years;

    /// <summary>The geographies with figures, each with one figure a year, in <see cref="Years"/> order.</summary>
    public IReadOnlyDictionary<int, AuthorityFigure[]> Figures { get; } = figures;

    public int Latest => Years.Count - 1;

    /// <summary>How many figures the series holds, values and markers alike, and how many of them are markers.</summary>
    public (int Figures, int Markers) Counts { get; } =
        (
            figures.Values.Sum(f => f.Count(x => x.HasValue || x.Symbol is not null)),
            figures.Values.Sum(f => f.Count(x => x.Symbol is not null))
        );

    public AuthorityFigure Figure(int place, int year) =>
        year >= 0 && Figures.TryGetValue(place, out var byYear) && year < byYear.Length ? byYear[year] : AuthorityFigure.Missing;

    public decimal? Value(int place, int year) => Figure(place, year).Value;
}
