using Beacon.Domain.Benchmarking;

namespace Beacon.Domain.SectorLed;

/// <summary>
/// The returns a region asks to be explained: for each indicator with a better direction, the authorities whose
/// figure is in the best or worst fifth of those the region's authorities returned for the quarter.
/// </summary>
public static class CoreDatasetExtremes
{
    /// <param name="dataset">The core dataset returned.</param>
    /// <param name="figures">Each authority's returned figures by indicator code (symbols left out).</param>
    public static IReadOnlyList<CoreDatasetExtreme<TAuthority>> Of<TAuthority>(
        CoreDataset dataset,
        IReadOnlyDictionary<TAuthority, IReadOnlyDictionary<string, decimal>> figures
    )
        where TAuthority : notnull
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(figures);
        return dataset
            .Indicators.Where(i => i.Polarity != Polarity.Neutral)
            .SelectMany(indicator =>
                Ranking
                    .Rank(
                        figures.Where(f => f.Value.ContainsKey(indicator.Code)).ToDictionary(f => f.Key, f => f.Value[indicator.Code]),
                        indicator.Polarity
                    )
                    .Select(p => (Authority: p.Key, Place: p.Value, End: TartanRug.EndOf(p.Value)))
                    .Where(p => p.End is not null)
                    .OrderBy(p => p.Place.Rank)
                    .Select(p => new CoreDatasetExtreme<TAuthority>(p.Authority, indicator, p.Place, p.End!.Value))
            )
            .ToList();
    }
}
