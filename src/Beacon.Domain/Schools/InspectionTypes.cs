namespace Beacon.Domain.Schools;

/// <summary>The kinds of inspection and the scales Beacon stores them under.</summary>
public static class InspectionTypes
{
    /// <summary>A full (section 5) inspection with graded judgements.</summary>
    public const string Graded = "Graded";

    /// <summary>An ungraded (section 8) inspection.</summary>
    public const string Ungraded = "Ungraded";

    public const string Monitoring = "Monitoring";

    /// <summary>Overall effectiveness 1-4 (to November 2025).</summary>
    public const string FourPoint = "FourPoint";

    /// <summary>Report-card grades by evaluation area (from November 2025).</summary>
    public const string ReportCard = "ReportCard";
}
