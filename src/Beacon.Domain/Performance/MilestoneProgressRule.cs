namespace Beacon.Domain.Performance;

/// <summary>
/// Milestone progress is the officer's judgement; Beacon proposes one only where the facts decide it:
/// a completed milestone is green, and one past its due date and not complete is red.
/// </summary>
public static class MilestoneProgressRule
{
    /// <summary>The proposal, or null where it is for the officer to judge.</summary>
    public static ProgressRating? Propose(DateOnly? dueDate, DateOnly? completedOn, DateOnly today)
    {
        if (completedOn is { } done && done <= today)
        {
            return ProgressRating.Green;
        }

        return dueDate is { } deadline && today > deadline ? ProgressRating.Red : null;
    }
}
