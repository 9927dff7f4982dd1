namespace Beacon.Domain.Performance;

/// <summary>
/// How far short of target still counts as amber rather than red: a fraction of the target
/// (0.05 = within 5%) or an amount in the indicator's unit (2 percentage points).
/// </summary>
public sealed record RatingTolerance(decimal Amount, bool IsFractionOfTarget)
{
    /// <summary>Within 5% of the target.</summary>
    public static RatingTolerance Default { get; } = new(0.05m, true);

    /// <summary>The tolerance as an amount, for a given target.</summary>
    public decimal AmountFor(decimal target) => IsFractionOfTarget ? Math.Abs(target) * Amount : Amount;
}
