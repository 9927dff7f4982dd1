using Beacon.Domain.Schools;

namespace Beacon.Reports.Schools;

/// <summary>
/// The committee's "OFSTED Inspection Outcomes" report (seed 000, item 7.1) for a group of schools and a period:
/// each school inspected with its grade, strengths and areas for improvement, then the proportions of schools in
/// each grade by phase at the period's end (its table 4.10) and the share of pupils in good or better schools.
/// </summary>
public sealed record OfstedOutcomesReport(
    string AuthorityName,
    string GroupName,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ReportInspection> Inspected,
    IReadOnlyList<OutcomeColumn> Columns,
    decimal? PupilsInGoodOrBetter,
    int Ungraded
);

/// <summary>A school's inspection in the period, as the report lists it.</summary>
public sealed record ReportInspection(
    string School,
    int Urn,
    string Phase,
    DateOnly Date,
    string Outcome,
    string? Strengths,
    string? AreasForImprovement
);
