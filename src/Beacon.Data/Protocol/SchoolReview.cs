using Beacon.Data.Audit;

namespace Beacon.Data.Protocol;

/// <summary>A term's School Review Meeting: every school is rated against one protocol version; closing it locks the meeting's decisions.</summary>
[Audited("SchoolReview")]
public class SchoolReview
{
    public int Id { get; set; }

    /// <summary>The academic term as Beacon writes it, e.g. <c>Autumn 2013/14</c>.</summary>
    public string Term { get; set; } = "";

    public DateOnly MeetingDate { get; set; }

    public int ProtocolVersion { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public string? ClosedBy { get; set; }

    public bool IsClosed => ClosedAtUtc is not null;
}
