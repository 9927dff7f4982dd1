using System.Globalization;

namespace Beacon.Domain.Governance;

/// <summary>
/// Checks an instrument of government against the constitution rules, and names each rule it breaks with its
/// regulation, so that a committee is never asked to approve a body the law does not allow.
/// </summary>
public static class ConstitutionCheck
{
    /// <summary>Every rule the instrument breaks; none when it may be made.</summary>
    public static IReadOnlyList<Problem> Breaches(InstrumentOfGovernment instrument, ConstitutionRules rules)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(rules);
        var breaches = new List<Problem>();
        void Rule(bool kept, string code, string rule, string regulation)
        {
            if (!kept)
            {
                breaches.Add(new Problem(code, $"{rule} ({rules.Source}, {regulation})."));
            }
        }

        var total = instrument.Total;
        Rule(
            total >= rules.MinimumGovernors,
            "minimum-governors",
            $"A governing body has at least {Words(rules.MinimumGovernors)} governors; this one has {Words(total)}",
            "regulation 13(4)"
        );
        Rule(
            instrument.Count(GovernorCategory.Parent) >= rules.MinimumParentGovernors,
            "parent-governors",
            $"A governing body has at least {Words(rules.MinimumParentGovernors)} parent governors; this one has {Words(instrument.Count(GovernorCategory.Parent))}",
            "regulation 13(1)(a)"
        );
        var head = instrument.Count(GovernorCategory.Headteacher);
        Rule(
            instrument.HeadteacherResignedAsGovernor ? head == 0 : head == 1,
            "headteacher",
            instrument.HeadteacherResignedAsGovernor
                ? "A headteacher who has resigned as a governor is not counted as one"
                : "The headteacher is a governor unless they resign as one",
            "regulation 13(1)(b)"
        );
        Rule(
            instrument.Count(GovernorCategory.Staff) == rules.StaffGovernors,
            "staff-governor",
            $"A governing body has exactly {Words(rules.StaffGovernors)} staff governor; this one has {Words(instrument.Count(GovernorCategory.Staff))}",
            "regulation 13(1)(c)"
        );
        Rule(
            instrument.Count(GovernorCategory.LocalAuthority) == rules.LocalAuthorityGovernors,
            "local-authority-governor",
            $"A governing body has exactly {Words(rules.LocalAuthorityGovernors)} local authority governor; this one has {Words(instrument.Count(GovernorCategory.LocalAuthority))}",
            "regulation 13(1)(d)"
        );
        Rule(
            instrument.EligibleToBeStaff * rules.StaffShareDenominator <= total,
            "staff-share",
            $"No more than one in {Words(rules.StaffShareDenominator)} of the governors may be eligible to be staff governors (staff, headteacher and co-opted staff); this one has {Words(instrument.EligibleToBeStaff)} of {Words(total)}",
            "regulation 13(3)"
        );
        Rule(
            instrument.CoOptedWhoAreStaff <= instrument.Count(GovernorCategory.CoOpted),
            "co-opted-staff",
            "Co-opted governors who are staff cannot outnumber the co-opted governors",
            "regulation 13(3)"
        );
        AddFoundationRules(instrument, rules, Rule);
        Rule(
            instrument.ParentTermYears >= rules.MinimumTermYears && instrument.ParentTermYears <= rules.MaximumTermYears,
            "term-of-office",
            $"A term of office is between {Words(rules.MinimumTermYears)} and {Words(rules.MaximumTermYears)} years; this one is {Words(instrument.ParentTermYears)}",
            "regulation 19"
        );
        return breaches;
    }

    private static void AddFoundationRules(
        InstrumentOfGovernment instrument,
        ConstitutionRules rules,
        Action<bool, string, string, string> rule
    )
    {
        var foundation = instrument.Count(GovernorCategory.Foundation);
        var total = instrument.Total;
        if (!instrument.Category.HasFoundation())
        {
            rule(foundation == 0, "foundation-governors", $"A {instrument.Category.Name()} has no foundation governors", "regulation 13");
            return;
        }

        if (instrument.Category == SchoolCategory.VoluntaryAided)
        {
            rule(
                foundation >= total - foundation + rules.AidedFoundationMajority,
                "foundation-governors",
                $"An aided school's foundation governors outnumber all the other governors by {Words(rules.AidedFoundationMajority)}; here they are {Words(foundation)} to {Words(total - foundation)}",
                "regulation 15"
            );
            return;
        }

        // A foundation school may have no foundation (partnership) governors; if it has any, the controlled-school limits hold.
        if (instrument.Category != SchoolCategory.VoluntaryControlled && foundation == 0)
        {
            return;
        }

        rule(
            foundation >= rules.MinimumFoundationGovernors && foundation * rules.FoundationShareDenominator <= total,
            "foundation-governors",
            $"A {instrument.Category.Name()} has at least {Words(rules.MinimumFoundationGovernors)} foundation governors and no more than one in {Words(rules.FoundationShareDenominator)} of the body; this one has {Words(foundation)} of {Words(total)}",
            "regulation 14"
        );
    }

    private static readonly string[] Small = ["none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private static string Words(int n) => n >= 0 && n < Small.Length ? Small[n] : n.ToString(CultureInfo.InvariantCulture);
}
