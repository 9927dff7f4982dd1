namespace Beacon.Domain.SocialCare;

/// <summary>
/// The formal dispute resolution process an independent reviewing officer (IRO) uses when a child's plan is not
/// progressed (the Hartlepool inspection found IROs "do not use a formal dispute resolution process"): each stage
/// goes higher in the service and has its own timescale in working days, counted from the day it started. An
/// unresolved dispute past its stage's timescale is overdue; past the last stage the IRO may refer to Cafcass.
/// </summary>
public static class IroDisputeProcess
{
    /// <summary>The stages most authorities' protocols use; an authority sets its own under <c>Beacon:IroDisputes:Stages</c>.</summary>
    public static IReadOnlyList<DisputeStage> DefaultStages { get; } =
    [
        new("Informal resolution with the social worker and team manager", 5),
        new("Service manager", 5),
        new("Head of service", 5),
        new("Director of children's services", 10),
    ];

    /// <param name="stages">The authority's stages, first to last.</param>
    /// <param name="stage">The dispute's current stage, from 1.</param>
    /// <param name="stageStarted">The day the current stage started.</param>
    /// <param name="resolved">Whether the dispute is resolved.</param>
    /// <param name="today">The day to judge on.</param>
    public static DisputeStatus Status(IReadOnlyList<DisputeStage> stages, int stage, DateOnly stageStarted, bool resolved, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentOutOfRangeException.ThrowIfLessThan(stage, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stage, stages.Count);
        var current = stages[stage - 1];
        var due = WorkingDays.Add(stageStarted, current.WorkingDays);
        return new DisputeStatus(stage, current.Name, due, resolved, !resolved && today > due, !resolved && stage < stages.Count);
    }
}
