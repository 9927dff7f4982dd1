using Beacon.Domain.Governance;

namespace Beacon.Domain.Tests.Governance;

public sealed class ConstitutionCheckTests
{
    private static readonly ConstitutionRules Rules = new();

    // Rift House Primary School's instrument, approved by Hartlepool's committee on 18 September 2018 (seed 003, item 6.1).
    private static InstrumentOfGovernment RiftHouse(
        int parents = 2,
        int localAuthority = 1,
        int staff = 1,
        int head = 1,
        int coOpted = 7,
        int coOptedWhoAreStaff = 0,
        SchoolCategory category = SchoolCategory.Community,
        int foundation = 0
    ) =>
        new(
            "Rift House Primary School",
            category,
            new Dictionary<GovernorCategory, int>
            {
                [GovernorCategory.Parent] = parents,
                [GovernorCategory.LocalAuthority] = localAuthority,
                [GovernorCategory.Staff] = staff,
                [GovernorCategory.Headteacher] = head,
                [GovernorCategory.CoOpted] = coOpted,
                [GovernorCategory.Foundation] = foundation,
            },
            new DateOnly(2018, 9, 18),
            ParentTermYears: 2,
            CoOptedWhoAreStaff: coOptedWhoAreStaff
        );

    [Fact]
    public void The_seeds_instrument_of_twelve_governors_is_valid()
    {
        var instrument = RiftHouse();

        Assert.Equal(12, instrument.Total);
        Assert.Empty(ConstitutionCheck.Breaches(instrument, Rules));
    }

    [Theory]
    [InlineData(1, 1, 7, "parent-governors", "at least two parent governors; this one has one")]
    [InlineData(2, 2, 7, "local-authority-governor", "exactly one local authority governor; this one has two")]
    [InlineData(2, 1, 1, "minimum-governors", "at least seven governors; this one has six")]
    public void A_body_the_regulations_do_not_allow_is_refused_naming_the_rule(
        int parents,
        int localAuthority,
        int coOpted,
        string code,
        string rule
    )
    {
        var breaches = ConstitutionCheck.Breaches(RiftHouse(parents, localAuthority, coOpted: coOpted), Rules);

        var breach = Assert.Single(breaches);
        Assert.Equal(code, breach.Code);
        Assert.Contains(rule, breach.Message, StringComparison.Ordinal);
        Assert.Contains(
            "School Governance (Constitution) (England) Regulations 2012, regulation 13",
            breach.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Co_opted_staff_that_take_the_staff_eligible_governors_past_a_third_are_refused()
    {
        // Twelve governors: the staff governor, the head and three co-opted staff make five, more than four.
        var breaches = ConstitutionCheck.Breaches(RiftHouse(coOptedWhoAreStaff: 3), Rules);

        Assert.Equal("staff-share", Assert.Single(breaches).Code);
        Assert.Empty(ConstitutionCheck.Breaches(RiftHouse(coOptedWhoAreStaff: 2), Rules));
    }

    [Fact]
    public void There_is_exactly_one_staff_governor_and_the_headteacher()
    {
        Assert.Equal("staff-governor", Assert.Single(ConstitutionCheck.Breaches(RiftHouse(staff: 2), Rules)).Code);
        Assert.Equal("headteacher", Assert.Single(ConstitutionCheck.Breaches(RiftHouse(head: 0), Rules)).Code);
    }

    [Fact]
    public void A_community_school_has_no_foundation_governors_and_an_aided_school_has_a_foundation_majority_of_two()
    {
        Assert.Equal("foundation-governors", Assert.Single(ConstitutionCheck.Breaches(RiftHouse(foundation: 2), Rules)).Code);

        // 2 parents, LA, staff, head, 1 co-opted = 6 others; 8 foundation governors outnumber them by two.
        Assert.Empty(ConstitutionCheck.Breaches(RiftHouse(coOpted: 1, category: SchoolCategory.VoluntaryAided, foundation: 8), Rules));
        Assert.Equal(
            "foundation-governors",
            Assert
                .Single(ConstitutionCheck.Breaches(RiftHouse(coOpted: 1, category: SchoolCategory.VoluntaryAided, foundation: 7), Rules))
                .Code
        );
    }

    [Fact]
    public void The_rules_are_settings_an_authority_can_change()
    {
        var stricter = new ConstitutionRules { MinimumGovernors = 13 };

        Assert.Equal("minimum-governors", Assert.Single(ConstitutionCheck.Breaches(RiftHouse(), stricter)).Code);
    }
}
