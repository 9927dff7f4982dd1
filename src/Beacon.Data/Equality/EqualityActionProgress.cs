namespace Beacon.Data.Equality;

/// <summary>
/// Progress on an equality action in a quarter, by whom and when. Append-only: the database refuses to change or
/// remove it, so what was reported stays what was reported.
/// </summary>
public class EqualityActionProgress
{
    public int Id { get; set; }

    public int ActionId { get; set; }

    /// <summary>The financial year's first calendar year and the quarter: 2013 and 2 for Q2 2013/14.</summary>
    public int Year { get; set; }

    public int Quarter { get; set; }

    public string Commentary { get; set; } = "";

    public bool Completed { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}
