namespace Beacon.Domain.Performance;

/// <summary>Which way is better for an indicator.</summary>
public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,

    /// <summary>A contextual measure (say, a population): it has no better or worse, so no direction of travel.</summary>
    None,
}
