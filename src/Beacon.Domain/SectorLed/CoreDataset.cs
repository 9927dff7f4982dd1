namespace Beacon.Domain.SectorLed;

/// <summary>
/// A region's quarterly core dataset (seed 004, "a core set of national data"; the regional alliances' quarterly
/// returns): the indicators every authority of the region returns each quarter, by a deadline the region sets.
/// </summary>
public sealed record CoreDataset(string Code, string Name, string Source, IReadOnlyList<CoreDatasetIndicator> Indicators)
{
    /// <summary>The longest narrative an authority may give with a figure: a paragraph or two, as the alliances ask.</summary>
    public const int NarrativeLimit = 2_000;

    public CoreDatasetIndicator? Indicator(string? code) =>
        Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
}
