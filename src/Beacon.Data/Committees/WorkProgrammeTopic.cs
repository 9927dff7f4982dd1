using Beacon.Data.Audit;
using Beacon.Domain.Committees;

namespace Beacon.Data.Committees;

/// <summary>A topic of a scrutiny body's work programme (seed 002, Appendix A): its lead, the meeting it is planned for, and where it stands.</summary>
[Audited("WorkProgrammeTopic")]
public class WorkProgrammeTopic
{
    public int Id { get; set; }

    public int CommitteeId { get; set; }

    /// <summary>The municipal year's first calendar year: 2014 for 2014/15.</summary>
    public int MunicipalYear { get; set; }

    public string Subject { get; set; } = "";

    public string? Lead { get; set; }

    /// <summary>The meeting date it is planned for; none while it is still to schedule.</summary>
    public DateOnly? PlannedFor { get; set; }

    public TopicStatus Status { get; set; }

    /// <summary>The agenda item the topic was drawn into, once it is on a meeting's agenda.</summary>
    public int? AgendaItemId { get; set; }

    /// <summary>Where it went when absorbed, or why it was deferred.</summary>
    public string? Note { get; set; }
}
