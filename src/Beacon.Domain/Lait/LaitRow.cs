using Beacon.Domain.Benchmarking;

namespace Beacon.Domain.Lait;

/// <summary>What a row of a LAIT table stands for.</summary>
public enum LaitRowKind
{
    Authority,
    Neighbour,
    NeighbourAverage,
    Region,
    England,
}

/// <summary>
/// One row of a LAIT table: a geography (or the neighbours' average) with its figure in each year, oldest first, and
/// the change from the previous year to the latest (LAIT's "Change from previous year"), which is null when either
/// figure is missing.
/// </summary>
public sealed record LaitRow(LaitRowKind Kind, int? Number, string Name, IReadOnlyList<AuthorityFigure> ByYear, string? Note = null)
{
    public decimal? Change => ByYear.Count < 2 ? null : ByYear[^1].Value - ByYear[^2].Value;

    public AuthorityFigure Latest => ByYear.Count == 0 ? AuthorityFigure.Missing : ByYear[^1];
}
