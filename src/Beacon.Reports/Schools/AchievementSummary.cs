using Beacon.Domain.Achievement;

namespace Beacon.Reports.Schools;

/// <summary>
/// A measure for a pupil group: the authority's figure, its region's, its statistical neighbours' average (of those
/// with a figure), England's, and the change on last year where comparable.
/// </summary>
public sealed record AchievementRow(
    AchievementMeasure Measure,
    string Group,
    decimal? Value,
    string? Symbol,
    decimal? England,
    decimal? Change,
    decimal? Region = null,
    decimal? Neighbours = null
);

/// <summary>A gap for a measure: this year, last year, how it moved, and England's this year.</summary>
public sealed record AchievementGap(
    AchievementMeasure Measure,
    string Kind,
    decimal? Gap,
    decimal? LastYear,
    GapTrend? Trend,
    decimal? England
);

/// <summary>A school below its key stage's floor standard.</summary>
public sealed record SchoolBelowFloor(int Urn, string Name, string KeyStage);

/// <summary>
/// The pupil achievement summary for an authority and a year (seed 000, item 7.3): each measure against England
/// with the change on last year, the gender and disadvantage gaps and their trend where the data has those
/// groups, the spread between the authority's schools, and its schools below the floor standards.
/// </summary>
public sealed record AchievementSummary(
    string AreaName,
    string RegionName,
    int Year,
    IReadOnlyList<AchievementRow> Rows,
    IReadOnlyList<AchievementGap> Gaps,
    IReadOnlyList<(AchievementMeasure Measure, Spread Spread)> Spreads,
    IReadOnlyList<SchoolBelowFloor> BelowFloor,
    IReadOnlyList<FloorStandard> Floors,
    int FloorUndecided
);
