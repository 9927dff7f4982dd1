using Beacon.Data.Audit;

namespace Beacon.Data.SectorLed;

/// <summary>One area of a self-assessment: its grade on the framework's scale, the authority's account, and its evidence.</summary>
[Audited("SelfAssessmentArea")]
public class SelfAssessmentArea
{
    public int Id { get; set; }

    public int SelfAssessmentId { get; set; }

    public string AreaCode { get; set; } = "";

    public string? Grade { get; set; }

    public string Narrative { get; set; } = "";

    /// <summary>The profile indicators cited as evidence, by code, comma-separated.</summary>
    public string Evidence { get; set; } = "";
}
