namespace Beacon.Domain.SectorLed;

/// <summary>
/// One indicator of a region's quarterly core dataset: what each authority returns every quarter, its unit, which
/// way is better, and the range a returned figure must fall in.
/// </summary>
public sealed record CoreDatasetIndicator(string Code, string Name, string Unit, Polarity Polarity, decimal Minimum, decimal Maximum);
