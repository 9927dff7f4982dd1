namespace Beacon.Data.Committees;

/// <summary>
/// A Beacon report as it stood when the agenda was published: the Word document of its public part (and of its
/// exempt part apart), with the data version and import runs it was built from, so that it can be reproduced.
/// Not audited: it is written once, and publishing it is audited on the meeting.
/// </summary>
public class FrozenPaper
{
    public int Id { get; set; }

    public int AgendaItemId { get; set; }

    public byte[] PublicDocx { get; set; } = [];

    public byte[]? ExemptDocx { get; set; }

    public DateTime FrozenAtUtc { get; set; }

    /// <summary>Beacon's data version at the moment of freezing.</summary>
    public long DataVersion { get; set; }

    /// <summary>The import runs the report read, comma separated.</summary>
    public string ImportRuns { get; set; } = "";
}
