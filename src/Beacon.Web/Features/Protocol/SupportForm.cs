using Beacon.Web.Features.Shared;

namespace Beacon.Web.Features.Protocol;

/// <summary>The fields of the support page's forms; each form uses those it needs.</summary>
public sealed class SupportForm
{
    public string? Kind { get; set; }

    public string? Chair { get; set; }

    public string? Members { get; set; }

    public int MeetEveryDays { get; set; }

    public int GroupId { get; set; }

    public string? Text { get; set; }

    public string? Owner { get; set; }

    /// <summary>The form's date (a meeting's, a group's start, an action's due date, a notice's or referral's), as typed.</summary>
    public DateBoxes On { get; set; } = new();

    /// <summary>A Warning Notice's response date, as typed.</summary>
    public DateBoxes Due { get; set; } = new();

    /// <summary>The meeting is an Officer Group's keeping-in-touch meeting, not the group's own.</summary>
    public bool KeepingInTouch { get; set; }
}
