using Beacon.Data.Audit;

namespace Beacon.Data.SectorLed;

/// <summary>
/// A region's call for one quarter of its core dataset (<c>CoreDatasets</c>), with the day returns are due. The
/// regional body owns it; each authority of the region reads it to make its return.
/// </summary>
[Audited("CoreDatasetCollection")]
public class CoreDatasetCollection
{
    public int Id { get; set; }

    public string DatasetCode { get; set; } = "";

    /// <summary>The financial year the quarter falls in, by its first calendar year (2026 for 2026-27).</summary>
    public int Year { get; set; }

    public int Quarter { get; set; }

    public DateOnly DeadlineOn { get; set; }

    public string OpenedBy { get; set; } = "";

    public DateTime OpenedAtUtc { get; set; }
}
