namespace Beacon.Domain.Schools;

/// <summary>A school as the outcomes table counts it: its phase, latest 4-point grade (if any) and pupils (if known).</summary>
public sealed record OutcomeSchool(string Phase, OfstedGrade? Grade, int? Pupils);

/// <summary>How many schools of a column had each latest grade.</summary>
public sealed record OutcomeColumn(string Name, int Schools, IReadOnlyDictionary<OfstedGrade, int> Counts)
{
    /// <summary>Schools with a 4-point grade: the base of every percentage.</summary>
    public int Graded => Counts.Values.Sum();

    /// <summary>The share of graded schools with the grade, in whole per cent; none where no school is graded.</summary>
    public int? Percent(OfstedGrade grade) => Share(Counts.GetValueOrDefault(grade));

    /// <summary>Computed from the counts, not by adding rounded percentages (so 16% and 66% can make 81%).</summary>
    public int? PercentGoodOrBetter => Share(Counts.Where(c => c.Key.IsGoodOrBetter()).Sum(c => c.Value));

    private int? Share(int count) => Graded == 0 ? null : (int)Math.Round(100m * count / Graded, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The proportions of schools in each Ofsted grade by phase (the committee's table 4.10: Primary, Secondary,
/// Overall "including special schools, but not PRU"), and the share of pupils in good or better schools.
/// </summary>
public static class OfstedOutcomes
{
    public const string Overall = "Overall";

    private static readonly string[] Phases = ["Primary", "Secondary", "Special"];

    /// <summary>Primary, Secondary, Special, then Overall (every phase but PRU). Columns with no school are left out.</summary>
    public static IReadOnlyList<OutcomeColumn> ByPhase(IReadOnlyCollection<OutcomeSchool> schools)
    {
        ArgumentNullException.ThrowIfNull(schools);
        var counted = schools.Where(s => !IsPupilReferralUnit(s.Phase)).ToList();
        var columns = Phases
            .Select(phase => Column(phase, counted.Where(s => string.Equals(s.Phase, phase, StringComparison.OrdinalIgnoreCase))))
            .Where(c => c.Schools > 0)
            .ToList();
        columns.Add(Column(Overall, counted));
        return columns;
    }

    /// <summary>
    /// The percentage of pupils, in graded schools whose pupil numbers are known, who attend a good or
    /// outstanding school; none where no such school has pupil numbers.
    /// </summary>
    public static decimal? PupilsInGoodOrBetter(IEnumerable<OutcomeSchool> schools)
    {
        ArgumentNullException.ThrowIfNull(schools);
        var known = schools.Where(s => s.Grade is not null && s.Pupils is > 0).ToList();
        var pupils = known.Sum(s => (long)s.Pupils!.Value);
        return pupils == 0
            ? null
            : Math.Round(100m * known.Where(s => s.Grade!.Value.IsGoodOrBetter()).Sum(s => (long)s.Pupils!.Value) / pupils, 1);
    }

    private static OutcomeColumn Column(string name, IEnumerable<OutcomeSchool> schools)
    {
        var list = schools.ToList();
        var counts = list.Where(s => s.Grade is not null).GroupBy(s => s.Grade!.Value).ToDictionary(g => g.Key, g => g.Count());
        return new OutcomeColumn(name, list.Count, counts);
    }

    private static bool IsPupilReferralUnit(string phase) =>
        phase.Equals("PRU", StringComparison.OrdinalIgnoreCase) || phase.Contains("referral", StringComparison.OrdinalIgnoreCase);
}
