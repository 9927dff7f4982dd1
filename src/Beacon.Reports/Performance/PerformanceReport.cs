using Beacon.Domain.Finance;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;

namespace Beacon.Reports.Performance;

/// <summary>
/// Everything the quarterly Directorate Performance Overview Report prints, in its order: the narrative
/// sections (key developments, emerging issues, risk control, equality actions), performance by
/// business area (milestones and indicators with progress, direction of travel and commentary), the
/// departments' financial summaries, and the appendix (symbol key and lead officers).
/// </summary>
public sealed record PerformanceReport(
    string AuthorityName,
    string DirectorateName,
    FinancialQuarter Quarter,
    IReadOnlyList<ReportNarrative> Narratives,
    IReadOnlyList<ReportArea> Areas,
    IReadOnlyList<ReportDepartmentFinance> Finance,
    IReadOnlyList<ReportLeadOfficer> LeadOfficers
);

/// <summary>A titled piece of narrative under one of the report's narrative sections.</summary>
public sealed record ReportNarrative(NarrativeKind Kind, string Title, string Body);

/// <summary>A business area's milestones and indicators.</summary>
public sealed record ReportArea(string Name, IReadOnlyList<ReportMilestone> Milestones, IReadOnlyList<ReportIndicator> Indicators);

/// <summary>A milestone with its objective reference, rating (if recorded) and commentary.</summary>
public sealed record ReportMilestone(string Reference, string Text, ProgressRating? Rating, IReadOnlyList<ReportComment> Commentary);

/// <summary>An indicator's line in the report.</summary>
public sealed record ReportIndicator(
    string Reference,
    string Title,
    string? LastYearValue,
    string? Value,
    string? Target,
    ProgressRating Rating,
    DirectionOfTravel Direction,
    IReadOnlyList<ReportComment> Commentary,
    ReportTrend? Trend = null
);

/// <summary>An indicator's recent quarterly values, oldest first, and its annual target, for a trend chart.</summary>
public sealed record ReportTrend(IReadOnlyList<(string Label, double? Value)> Points, double? Target)
{
    /// <summary>The chart's alternative text: every figure it draws, so nothing rests on the picture.</summary>
    public string Description(string reference, string title) =>
        $"Trend chart of {reference} {title}: "
        + string.Join(
            ", ",
            Points.Select(p =>
                $"{p.Label} {(p.Value is { } v ? v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "no value")}"
            )
        )
        + (Target is { } t ? $"; annual target {t.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}." : ".");
}

/// <summary>Supporting commentary, signed with the lead officer's initials.</summary>
public sealed record ReportComment(string Reference, string Text, string Initials)
{
    /// <summary>What comes before the text: the reference and a space, or nothing where there is none.</summary>
    public string Opening => Reference.Length > 0 ? Reference + " " : "";

    /// <summary>What comes after the text: the initials in brackets, or nothing where there are none.</summary>
    public string Signature => Initials.Length > 0 ? $" ({Initials})" : "";
}

/// <summary>A department's summary financial position, with its lead officer's commentary where written.</summary>
public sealed record ReportDepartmentFinance(string Name, FinancialSummary Summary, string? Commentary = null, string? Initials = null);

/// <summary>An entry in the key of lead officers.</summary>
public sealed record ReportLeadOfficer(string Initials, string Name, string Title);
