namespace Beacon.Domain.Governance;

/// <summary>
/// The numbers a governing body's constitution must keep, as settings: the defaults are those of the School
/// Governance (Constitution) (England) Regulations 2012 as amended in 2014 (decision 023 gives each source), so
/// that an authority can follow a later amendment without a new release. Bound from <c>Beacon:Governance</c>.
/// </summary>
public sealed class ConstitutionRules
{
    public const string Section = "Beacon:Governance";

    public int MinimumGovernors { get; set; } = 7;

    public int MinimumParentGovernors { get; set; } = 2;

    public int LocalAuthorityGovernors { get; set; } = 1;

    public int StaffGovernors { get; set; } = 1;

    /// <summary>The largest share of the body that may be eligible to be staff governors, as a fraction's denominator (3: a third).</summary>
    public int StaffShareDenominator { get; set; } = 3;

    public int MinimumFoundationGovernors { get; set; } = 2;

    /// <summary>The largest share of a controlled or foundation school's body that may be foundation governors (4: a quarter).</summary>
    public int FoundationShareDenominator { get; set; } = 4;

    /// <summary>By how many an aided school's foundation governors must outnumber all the others.</summary>
    public int AidedFoundationMajority { get; set; } = 2;

    public int MinimumTermYears { get; set; } = 1;

    public int MaximumTermYears { get; set; } = 4;

    /// <summary>Where the numbers come from, printed with each rule an instrument breaks.</summary>
    public string Source { get; set; } = "School Governance (Constitution) (England) Regulations 2012";
}
