namespace Beacon.Domain.Periods;

/// <summary>The three school terms, in the order they fall in an academic year.</summary>
public enum Term
{
    Autumn,
    Spring,
    Summer,
}
