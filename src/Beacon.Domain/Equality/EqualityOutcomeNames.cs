namespace Beacon.Domain.Equality;

/// <summary>The outcomes numbered and named as the form prints them.</summary>
public static class EqualityOutcomeNames
{
    public static string Name(this EqualityOutcome outcome) =>
        outcome switch
        {
            EqualityOutcome.NoMajorChange => "1. No impact: no major change",
            EqualityOutcome.AdjustOrChange => "2. Adjust or change the policy or proposal",
            EqualityOutcome.ContinueDespiteAdverseImpact => "3. Adverse impact but continue",
            EqualityOutcome.StopAndRemove => "4. Stop and remove the policy or proposal",
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
        };
}
