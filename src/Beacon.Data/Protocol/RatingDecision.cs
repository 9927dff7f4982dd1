using Beacon.Data.Audit;
using Beacon.Domain.Audit;

namespace Beacon.Data.Protocol;

/// <summary>
/// A school's rating decided at (or after) a review. Decisions are appended, never changed: the school's rating
/// for the term is its newest decision, and the ones before it stay as the record of the meeting.
/// </summary>
[Audited("SchoolRating", AuditConfidentiality.SchoolRating)]
public class RatingDecision
{
    public long Id { get; set; }

    public int ReviewId { get; set; }

    public int Urn { get; set; }

    /// <summary>The rating Beacon proposed, as the protocol writes it; null where it proposed none.</summary>
    public string? ProposedRating { get; set; }

    /// <summary>The criteria met when the decision was made, with their evidence: the proposal's reasons.</summary>
    public string ProposalReasons { get; set; } = "";

    public string Rating { get; set; } = "";

    /// <summary>Required for a departure from the proposal and for any decision after the review closed.</summary>
    public string? Reason { get; set; }

    /// <summary>The concerns to put to the school, for its letter.</summary>
    public string? Concerns { get; set; }

    /// <summary>The agreed support plan, for its letter.</summary>
    public string? SupportPlan { get; set; }

    /// <summary>Made after the review closed: a later change to the meeting's decision.</summary>
    public bool AfterClose { get; set; }

    public string DecidedBy { get; set; } = "";

    public DateTime DecidedAtUtc { get; set; }
}
