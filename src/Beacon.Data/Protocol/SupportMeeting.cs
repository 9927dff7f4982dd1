using Beacon.Data.Audit;

namespace Beacon.Data.Protocol;

/// <summary>A meeting of a support group, or a keeping-in-touch meeting, with its notes on progress.</summary>
[Audited("SupportMeeting")]
public class SupportMeeting
{
    public int Id { get; set; }

    public int GroupId { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Progress { get; set; } = "";
}
