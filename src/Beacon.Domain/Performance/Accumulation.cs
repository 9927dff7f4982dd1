namespace Beacon.Domain.Performance;

/// <summary>How an indicator's quarterly values relate to its annual figure.</summary>
public enum Accumulation
{
    /// <summary>Each quarter's value stands alone (a percentage, a rate, a count at a date); the year ends at the Q4 value.</summary>
    Snapshot,

    /// <summary>Values add up through the year (a running count to date); the year ends at the Q4 total.</summary>
    Cumulative,
}
