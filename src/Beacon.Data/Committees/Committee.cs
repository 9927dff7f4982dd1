using Beacon.Data.Audit;

namespace Beacon.Data.Committees;

/// <summary>A committee, scrutiny commission or cabinet: its members, terms of reference and meetings.</summary>
[Audited("Committee")]
public class Committee
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>True for a scrutiny (overview and scrutiny) body, which keeps a work programme.</summary>
    public bool IsScrutiny { get; set; }

    public string TermsOfReference { get; set; } = "";

    /// <summary>The scrutiny body's theme for the municipal year, e.g. safeguarding.</summary>
    public string? Theme { get; set; }

    /// <summary>How many substantive items a meeting can take, for planning the work programme.</summary>
    public int ItemsPerMeeting { get; set; } = 4;

    public List<CommitteeMember> Members { get; set; } = [];

    public List<Meeting> Meetings { get; set; } = [];
}
