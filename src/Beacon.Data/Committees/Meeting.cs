using Beacon.Data.Audit;

namespace Beacon.Data.Committees;

/// <summary>
/// A meeting of a committee: when and where, its agenda, and once held, who came, apologies, declarations and
/// the minutes. Publishing the agenda fixes its papers; approving the minutes at the next meeting locks them.
/// </summary>
[Audited("Meeting")]
public class Meeting
{
    public int Id { get; set; }

    public int CommitteeId { get; set; }

    public Committee? Committee { get; set; }

    /// <summary>The wall-clock time the agenda prints, kept with UTC kind so that both engines store it as given.</summary>
    public DateTime StartsAt { get; set; }

    public string Venue { get; set; } = "";

    public DateTime? PublishedAtUtc { get; set; }

    /// <summary>Members present, as the minutes list them.</summary>
    public string? Present { get; set; }

    public string? Apologies { get; set; }

    public string? Declarations { get; set; }

    public DateTime? MinutesApprovedAtUtc { get; set; }

    public List<AgendaItem> Items { get; set; } = [];

    public bool IsPublished => PublishedAtUtc is not null;

    public bool MinutesLocked => MinutesApprovedAtUtc is not null;
}
