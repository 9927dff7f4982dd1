using Beacon.Data.Audit;

namespace Beacon.Data.SectorLed;

/// <summary>
/// An authority's return to its region's call for a quarter of the core dataset: its own record, which the regional
/// body reads. The first submission says whether it was on time; a return sent again keeps that and notes when.
/// </summary>
[Audited("CoreDatasetSubmission")]
public class CoreDatasetSubmission
{
    public int Id { get; set; }

    public int CollectionId { get; set; }

    /// <summary>The regional body whose call it answers.</summary>
    public int RegionOrganisationId { get; set; }

    public string SubmittedBy { get; set; } = "";

    public DateTime FirstSubmittedAtUtc { get; set; }

    public DateTime LastSubmittedAtUtc { get; set; }

    /// <summary>The import run that last changed it.</summary>
    public long ImportRunId { get; set; }

    public List<CoreDatasetFigure> Figures { get; set; } = [];
}
