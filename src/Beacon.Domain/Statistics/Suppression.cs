namespace Beacon.Domain.Statistics;

/// <summary>
/// Why a published statistic has no number: the symbols of DfE's open-data standard.
/// A suppressed figure is never zero; it is shown as its symbol.
/// </summary>
public enum Suppression
{
    /// <summary><c>x</c>: not available.</summary>
    NotAvailable,

    /// <summary><c>c</c>: confidential, suppressed to protect individuals.</summary>
    Confidential,

    /// <summary><c>z</c>: not applicable.</summary>
    NotApplicable,

    /// <summary><c>low</c>: rounds to zero but is not zero.</summary>
    RoundsToZero,

    /// <summary><c>k</c>: fewer than 0.5.</summary>
    LessThanHalf,

    /// <summary><c>u</c>: low reliability.</summary>
    LowReliability,
}
