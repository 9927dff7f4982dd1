using Beacon.Data.Audit;
using Beacon.Domain.Performance;

namespace Beacon.Data.Performance;

/// <summary>
/// The recorded progress rating of an indicator or milestone for a quarter: what Beacon proposed, what the
/// officer decided, and why where they differ. Every change is kept in the audit trail.
/// </summary>
[Audited("ProgressRating")]
public class ProgressJudgement
{
    public long Id { get; set; }

    /// <summary>Indicator or Milestone.</summary>
    public string SubjectType { get; set; } = "";

    public int SubjectId { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }

    /// <summary>Green, Amber or Red as Beacon proposed it; null where Beacon makes no proposal.</summary>
    public ProgressRating? ProposedRating { get; set; }

    /// <summary>Green, Amber or Red as the officer decided.</summary>
    public ProgressRating Rating { get; set; }

    /// <summary>The officer's reason; required where the rating departs from the proposal.</summary>
    public string? Reason { get; set; }

    public string DecidedBy { get; set; } = "";

    public DateTime DecidedAtUtc { get; set; }
}
