using Beacon.Data.Audit;

namespace Beacon.Data.Schools;

/// <summary>
/// One Ofsted inspection of a school, on the scale it was graded on: the 4-point grades (to November 2025) or
/// the report-card grades (from then), which are never added together. Imported in bulk as official data (its
/// provenance is the import run); an officer's later entries, such as the report's strengths, are audited.
/// </summary>
[Audited("Inspection")]
public class Inspection
{
    public long Id { get; set; }

    /// <summary>Ofsted's inspection number, where the file gives it.</summary>
    public string? InspectionNumber { get; set; }

    /// <summary>The URN the school had when inspected; an academy's history is found through its predecessor.</summary>
    public int Urn { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? PublicationDate { get; set; }

    /// <summary>Graded (section 5 / full), Ungraded (section 8) or Monitoring.</summary>
    public string Type { get; set; } = "";

    /// <summary>FourPoint or ReportCard.</summary>
    public string Scale { get; set; } = "";

    /// <summary>Overall effectiveness on the 4-point scale: 1 Outstanding, 2 Good, 3 Requires improvement (formerly Satisfactory), 4 Inadequate.</summary>
    public int? OverallEffectiveness { get; set; }

    /// <summary>An ungraded inspection's outcome as Ofsted words it, e.g. "School remains Good".</summary>
    public string? Outcome { get; set; }

    /// <summary>Special Measures or Serious Weaknesses, where the school was placed in a category.</summary>
    public string? CategoryOfConcern { get; set; }

    /// <summary>Report-card grades by evaluation area, as JSON ({"Inclusion":"Strong standard",...}); safeguarding Met / Not met.</summary>
    public string? AreaGrades { get; set; }

    /// <summary>What the school does well, from the report.</summary>
    public string? Strengths { get; set; }

    /// <summary>What the school needs to do to improve, from the report.</summary>
    public string? AreasForImprovement { get; set; }

    public long? ImportRunId { get; set; }
}
