namespace Beacon.Domain.Lait;

/// <summary>
/// An authority's place on a LAIT measure in a year: its rank among the authorities with a figure (1 the best, ties
/// sharing the better rank; none for a measure with no better direction), and its quartile band with the thresholds
/// (none where the measure has no better direction, or its dictionary line says it has no quartiles).
/// </summary>
public sealed record LaitStanding(int? Rank, int Ranked, char? Band, LaitQuartiles? Quartiles);
