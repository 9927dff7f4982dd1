namespace Beacon.Domain.Savings;

/// <summary>
/// One of the authority's ratings of a proposed saving, kept as its data: the seed's Green (realisable), Amber
/// (realisable with risk) and Red (not proposed). Only ratings that count as proposed make up the programme.
/// </summary>
public sealed record SavingRating(string Code, string Meaning, bool CountsAsProposed)
{
    /// <summary>The ratings of the seed's schedule (000, item 5.1, Appendix 1), in the order it prints them.</summary>
    public static IReadOnlyList<SavingRating> Seed { get; } =
    [
        new("Green", "Realisable", CountsAsProposed: true),
        new("Amber", "Realisable with risk", CountsAsProposed: true),
        new("Red", "Not proposed", CountsAsProposed: false),
    ];
}
