namespace Beacon.Domain.Governance;

/// <summary>
/// A governing body's instrument of government (seed 003, item 6.1 Appendix 1): the school and its category, how
/// many governors of each kind, how many of the co-opted are staff of the school, the parent governors' term,
/// and the date it takes effect.
/// </summary>
public sealed record InstrumentOfGovernment(
    string School,
    SchoolCategory Category,
    IReadOnlyDictionary<GovernorCategory, int> Counts,
    DateOnly TakesEffect,
    int ParentTermYears = 4,
    int CoOptedWhoAreStaff = 0,
    bool HeadteacherResignedAsGovernor = false
)
{
    public int Count(GovernorCategory category) => Counts.GetValueOrDefault(category);

    public int Total => Counts.Values.Sum();

    /// <summary>
    /// Governors who are eligible to be staff governors: the staff governor, the headteacher, and co-opted governors
    /// employed at the school.
    /// </summary>
    public int EligibleToBeStaff => Count(GovernorCategory.Staff) + Count(GovernorCategory.Headteacher) + CoOptedWhoAreStaff;
}
