using Beacon.Data.Audit;
using Beacon.Domain.Committees;

namespace Beacon.Data.Committees;

/// <summary>A seat on a committee, linked to a Beacon account when the member signs in.</summary>
[Audited("CommitteeMember")]
public class CommitteeMember
{
    public int Id { get; set; }

    public int CommitteeId { get; set; }

    public string Name { get; set; } = "";

    public MemberRole Role { get; set; }

    /// <summary>The member's Beacon account, when they have one: it lets them read the committee's papers.</summary>
    public string? UserName { get; set; }
}
