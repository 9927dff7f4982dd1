namespace Beacon.Data.SocialCare;

/// <summary>
/// A practice measure as an Annex A extract gave it on the day it was imported: kept when the extract is replaced,
/// so that each measure's change since the last extract can be shown. Aggregate counts only.
/// </summary>
public class PracticeMeasureResult
{
    public long Id { get; set; }

    public long ImportRunId { get; set; }

    public DateOnly AsAt { get; set; }

    public string Code { get; set; } = "";

    public int Count { get; set; }

    public int Of { get; set; }
}
