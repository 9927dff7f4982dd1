using Beacon.Domain.Access;

namespace Beacon.Domain.Tests.Access;

public class AccessPolicyTests
{
    private static BeaconUser As(BeaconRole role, int? school = null, bool exempt = false, string? initials = null) =>
        new("someone", new HashSet<BeaconRole> { role }, school, exempt, initials);

    // The whole grant table, written out independently of RolePermissions so a slip in either shows.
    [Theory]
    [InlineData(
        BeaconRole.Administrator,
        "ViewAudit ManageUsers ImportData ViewImports ViewPerformance ViewSchools ViewAnySchool ViewSocialCare ViewFinance ViewCommittees ViewCommitteeReports ViewSector EditProtocol EditAchievementRules"
    )]
    [InlineData(
        BeaconRole.PerformanceOfficer,
        "ViewPerformance EditPerformance EditFinance ViewSchools ViewAnySchool ViewSocialCare ViewFinance ViewCommittees ViewCommitteeReports ViewSector ImportData ViewImports ViewAudit ViewSelfAssessments EditSelfAssessments"
    )]
    [InlineData(
        BeaconRole.SchoolImprovementOfficer,
        "ViewPerformance ViewSchools ViewAnySchool RateSchools EditSchools ViewCommittees ViewCommitteeReports ViewSector ImportData ViewImports ViewAudit"
    )]
    [InlineData(
        BeaconRole.SocialCareManager,
        "ViewPerformance ViewSocialCare ViewChildLevelData EditSocialCare ViewCommittees ViewCommitteeReports ViewSector ImportData ViewImports ViewAudit ViewSelfAssessments EditSelfAssessments ServeAsPeer"
    )]
    [InlineData(BeaconRole.LeadOfficer, "ViewPerformance WriteOwnCommentary ViewFinance ViewCommittees")]
    [InlineData(BeaconRole.Councillor, "ViewPerformance ViewFinance ViewCommittees ViewCommitteeReports")]
    [InlineData(BeaconRole.Headteacher, "ViewSchools")]
    [InlineData(
        BeaconRole.DirectorOfChildrensServices,
        "ViewPerformance ViewSocialCare ViewSchools ViewCommittees ViewCommitteeReports ViewSector ViewSelfAssessments EditSelfAssessments SignSelfAssessments ServeAsPeer"
    )]
    [InlineData(
        BeaconRole.ChiefExecutive,
        "ViewPerformance ViewCommittees ViewCommitteeReports ViewSector ViewSelfAssessments SignSelfAssessments ServeAsPeer"
    )]
    [InlineData(
        BeaconRole.LeadMember,
        "ViewPerformance ViewCommittees ViewCommitteeReports ViewSelfAssessments SignSelfAssessments ServeAsPeer"
    )]
    [InlineData(BeaconRole.RegionalModerator, "ViewSector ModerateSelfAssessments CollectCoreDataset BrokerSupport")]
    [InlineData(BeaconRole.DemocraticServicesOfficer, "ViewCommittees ManageCommittees ViewAudit")]
    public void Each_role_has_exactly_its_permissions(BeaconRole role, string expected)
    {
        var granted = Enum.GetValues<Permission>().Where(p => AccessPolicy.Can(As(role), p)).Select(p => p.ToString()).Order();

        Assert.Equal(expected.Split(' ').Order(), granted);
    }

    [Fact]
    public void Only_the_social_care_manager_sees_child_level_data()
    {
        var roles = Enum.GetValues<BeaconRole>().Where(r => AccessPolicy.Can(As(r), Permission.ViewChildLevelData));

        Assert.Equal([BeaconRole.SocialCareManager], roles);
    }

    [Fact]
    public void A_headteacher_sees_their_own_school_and_no_other()
    {
        var head = As(BeaconRole.Headteacher, school: 100001);

        Assert.True(AccessPolicy.CanViewSchool(head, 100001));
        Assert.False(AccessPolicy.CanViewSchool(head, 100002));
    }

    [Fact]
    public void A_headteacher_without_a_school_sees_none()
    {
        Assert.False(AccessPolicy.CanViewSchool(As(BeaconRole.Headteacher), 100001));
    }

    [Fact]
    public void A_school_improvement_officer_sees_every_school()
    {
        Assert.True(AccessPolicy.CanViewSchool(As(BeaconRole.SchoolImprovementOfficer), 100002));
    }

    [Fact]
    public void A_councillor_reads_public_items_but_not_exempt_ones_unless_granted()
    {
        Assert.True(AccessPolicy.CanViewCommitteeItem(As(BeaconRole.Councillor), isExempt: false));
        Assert.False(AccessPolicy.CanViewCommitteeItem(As(BeaconRole.Councillor), isExempt: true));
        Assert.True(AccessPolicy.CanViewCommitteeItem(As(BeaconRole.Councillor, exempt: true), isExempt: true));
    }

    [Fact]
    public void No_role_alone_grants_exempt_items_not_even_administrator()
    {
        Assert.All(Enum.GetValues<BeaconRole>(), role => Assert.False(AccessPolicy.Can(As(role), Permission.ViewExemptItems)));
    }

    [Fact]
    public void An_exempt_grant_does_not_open_committees_to_a_role_without_them()
    {
        Assert.False(AccessPolicy.CanViewCommitteeItem(As(BeaconRole.Headteacher, exempt: true), isExempt: true));
    }

    [Fact]
    public void A_lead_officer_writes_commentary_only_on_their_own_indicators()
    {
        var lead = As(BeaconRole.LeadOfficer, initials: "AMc");

        Assert.True(AccessPolicy.CanUpdateIndicator(lead, "amc"));
        Assert.False(AccessPolicy.CanUpdateIndicator(lead, "SN"));
        Assert.False(AccessPolicy.CanUpdateIndicator(As(BeaconRole.LeadOfficer), "AMc"));
        Assert.True(AccessPolicy.CanUpdateIndicator(As(BeaconRole.PerformanceOfficer), "SN"));
        Assert.False(AccessPolicy.CanUpdateIndicator(As(BeaconRole.Councillor), "SN"));
    }

    [Theory]
    [InlineData(BeaconRole.SchoolImprovementOfficer, false, true)]
    [InlineData(BeaconRole.Administrator, false, false)]
    [InlineData(BeaconRole.PerformanceOfficer, false, false)]
    [InlineData(BeaconRole.Councillor, false, false)]
    [InlineData(BeaconRole.Councillor, true, true)]
    [InlineData(BeaconRole.Headteacher, true, false)] // an exempt grant does not widen a headteacher's reach
    public void A_schools_rating_is_for_raters_and_those_granted_exempt_items(BeaconRole role, bool granted, bool sees)
    {
        Assert.Equal(sees, AccessPolicy.CanViewSchoolRating(As(role, exempt: granted), 100002));
    }

    [Theory]
    [InlineData(BeaconRole.Administrator, false, false)]
    [InlineData(BeaconRole.PerformanceOfficer, false, false)]
    [InlineData(BeaconRole.SchoolImprovementOfficer, false, true)]
    [InlineData(BeaconRole.SocialCareManager, true, false)]
    [InlineData(BeaconRole.Councillor, false, false)]
    public void An_audit_entry_about_a_child_or_a_rating_is_read_only_by_those_who_may_see_the_record(
        BeaconRole role,
        bool readsChildren,
        bool readsRatings
    )
    {
        Assert.Equal(readsChildren, AccessPolicy.CanReadAuditEntry(As(role), Beacon.Domain.Audit.AuditConfidentiality.ChildLevel));
        Assert.Equal(readsRatings, AccessPolicy.CanReadAuditEntry(As(role), Beacon.Domain.Audit.AuditConfidentiality.SchoolRating));
        Assert.True(AccessPolicy.CanReadAuditEntry(As(role), Beacon.Domain.Audit.AuditConfidentiality.Open));
    }

    [Theory]
    [InlineData(BeaconRole.PerformanceOfficer, Permission.EditFinance, true)]
    [InlineData(BeaconRole.SchoolImprovementOfficer, Permission.EditFinance, false)]
    [InlineData(BeaconRole.SchoolImprovementOfficer, Permission.EditPerformance, false)]
    [InlineData(BeaconRole.SocialCareManager, Permission.EditPerformance, false)]
    [InlineData(BeaconRole.SocialCareManager, Permission.EditSocialCare, true)]
    [InlineData(BeaconRole.LeadOfficer, Permission.ImportData, false)]
    public void Importing_needs_the_right_to_edit_what_the_format_writes(BeaconRole role, Permission writes, bool may) =>
        Assert.Equal(may, AccessPolicy.CanImport(As(role), writes));

    [Fact]
    public void A_headteacher_sees_their_own_schools_rating_and_writes_its_SEF_but_no_other_schools()
    {
        var head = new BeaconUser("head", new HashSet<BeaconRole> { BeaconRole.Headteacher }, SchoolUrn: 100001);

        Assert.True(AccessPolicy.CanViewSchoolRating(head, 100001));
        Assert.False(AccessPolicy.CanViewSchoolRating(head, 100002));
        Assert.True(AccessPolicy.CanWriteSummarySef(head, 100001));
        Assert.False(AccessPolicy.CanWriteSummarySef(head, 100002));
    }

    [Fact]
    public void Someone_not_signed_in_can_do_nothing()
    {
        Assert.DoesNotContain(Enum.GetValues<Permission>(), p => AccessPolicy.Can(BeaconUser.Anonymous, p));
    }
}
