namespace Beacon.Data.Statistics;

/// <summary>One figure on its way into the <c>statistics</c> table by the bulk path.</summary>
public sealed record StatisticRow(
    string TimePeriod,
    string TimeIdentifier,
    string GeographicLevel,
    string GeographyCode,
    string Filters,
    string Measure,
    decimal? Value,
    string? Symbol
);

/// <summary>What a bulk write did: figures new to the database, figures whose value changed, and figures already so.</summary>
public sealed record BulkWriteCounts(long Inserted, long Updated, long Unchanged);
