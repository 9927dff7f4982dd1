namespace Beacon.Domain.Committees;

/// <summary>Where a scrutiny work programme topic stands (seed 002, Appendix A and minute 64).</summary>
public enum TopicStatus
{
    ToSchedule,
    Scheduled,
    Deferred,
    Absorbed,
    Done,
}

public static class TopicStatuses
{
    public static string Name(this TopicStatus status) =>
        status switch
        {
            TopicStatus.ToSchedule => "To schedule",
            TopicStatus.Scheduled => "Scheduled",
            TopicStatus.Deferred => "Deferred",
            TopicStatus.Absorbed => "Absorbed by another committee",
            _ => "Done",
        };
}
