using Beacon.Data.Audit;

namespace Beacon.Data.SectorLed;

/// <summary>One indicator's figure in an authority's return, or the DfE symbol it gave instead, with its narrative.</summary>
[Audited("CoreDatasetFigure")]
public class CoreDatasetFigure
{
    public int Id { get; set; }

    public int SubmissionId { get; set; }

    public string IndicatorCode { get; set; } = "";

    public decimal? Value { get; set; }

    public string? Symbol { get; set; }

    public string Narrative { get; set; } = "";
}
