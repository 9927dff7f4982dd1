namespace Beacon.Data.Audit;

/// <summary>
/// One recorded decision or change. Append-only: the database refuses UPDATE and DELETE on this table.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    /// <summary>When it happened, in UTC, from the injected clock.</summary>
    public DateTime OccurredAtUtc { get; set; }

    /// <summary>Who did it: a user name, or <c>system</c> for start-up work.</summary>
    public string Actor { get; set; } = "";

    /// <summary>What kind of thing changed, e.g. <c>User</c>, <c>SchoolRating</c>.</summary>
    public string EntityType { get; set; } = "";

    /// <summary>Which one, by its key.</summary>
    public string EntityId { get; set; } = "";

    /// <summary>Created, Changed or Deleted.</summary>
    public string Action { get; set; } = "";

    /// <summary>The audited fields before the change, as JSON; null for a creation.</summary>
    public string? Before { get; set; }

    /// <summary>The audited fields after the change, as JSON; null for a deletion.</summary>
    public string? After { get; set; }

    /// <summary>Why, in the officer's words.</summary>
    public string? Reason { get; set; }
}
