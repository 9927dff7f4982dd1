namespace Beacon.Domain.Protocol;

/// <summary>The band a criterion points to (Appendix 2's RED, AMBER and GREEN columns).</summary>
public enum CriterionBand
{
    Green,
    Amber,
    Red,
}

/// <summary>
/// One criterion of the protocol's Appendix 2. A computed criterion names the check Beacon runs on loaded data
/// (<see cref="SchoolFacts"/>) and its threshold where it has one; an officer criterion is a judgement an officer
/// records. A decisive criterion settles its band alone (a school in an Ofsted category is RED).
/// </summary>
public sealed record Criterion(string Code, string Text, CriterionBand Band, string? Check, decimal? Threshold, bool Decisive);

/// <summary>A version of the criteria, in force from a date: protocols are revised (seed 000's 2013 revision of 2012's).</summary>
public sealed record ProtocolVersion(int Version, DateOnly InForceFrom, string Title, IReadOnlyList<Criterion> Criteria)
{
    /// <summary>The computed checks Beacon knows; a criterion naming another is refused when a version is saved.</summary>
    public static readonly IReadOnlyList<string> Checks =
    [
        "in-ofsted-category",
        "last-inspection-requires-improvement",
        "last-inspection-good-or-better",
        "monitoring-inadequate",
        "monitoring-two-satisfactory",
        "monitoring-satisfactory",
        "monitoring-good-progress",
        "below-floor",
        "attainment-below-national",
        "headteacher-change",
    ];
}

/// <summary>What Beacon knows about a school for a term, from loaded data and officers' recorded judgements.</summary>
public sealed record SchoolFacts(
    int? LastGrade,
    string? CategoryOfConcern,
    IReadOnlyList<string> MonitoringOutcomes,
    bool? BelowFloor,
    decimal? PointsBelowNational,
    bool? HeadteacherChanged,
    IReadOnlyDictionary<string, bool> OfficerJudgements
);
