using Beacon.Domain.Achievement;

namespace Beacon.Reports.Schools;

/// <summary>
/// A school's scorecard (the protocol's "non-SIP scorecard", seed 000 Appendix 1): its key indicators against
/// England for three years, attendance and exclusions where loaded, and its latest inspection.
/// </summary>
public sealed record SchoolScorecard(
    int Urn,
    string Name,
    string Phase,
    string? Type,
    string? LocalAuthority,
    string? LatestInspection,
    IReadOnlyList<int> Years,
    IReadOnlyList<ScorecardLine> Lines
);

/// <summary>One measure's figures for the scorecard's years: the school's (or its symbol) and England's.</summary>
public sealed record ScorecardLine(AchievementMeasure Measure, IReadOnlyList<(decimal? School, string? Symbol, decimal? England)> Years);
