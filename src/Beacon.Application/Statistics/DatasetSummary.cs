namespace Beacon.Application.Statistics;

/// <summary>One loaded dataset: how many figures, and its latest time period.</summary>
public sealed record DatasetSummary(string Name, long Figures, string LatestPeriod);
