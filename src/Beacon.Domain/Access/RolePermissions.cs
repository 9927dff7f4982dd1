namespace Beacon.Domain.Access;

/// <summary>
/// Which permissions each role grants: least privilege, written out in full so that a reviewer
/// can read every role's reach in one place.
/// </summary>
public static class RolePermissions
{
    private static readonly Dictionary<BeaconRole, Permission[]> Grants = new()
    {
        [BeaconRole.Administrator] =
        [
            Permission.ViewPerformance,
            Permission.ViewSchools,
            Permission.ViewAnySchool,
            Permission.ViewSocialCare,
            Permission.ViewFinance,
            Permission.ViewCommittees,
            Permission.ViewCommitteeReports,
            Permission.ViewSector,
            Permission.ImportData,
            Permission.ViewImports,
            Permission.ViewAudit,
            Permission.ManageUsers,
            Permission.EditProtocol,
            Permission.EditAchievementRules,
        ],
        [BeaconRole.PerformanceOfficer] =
        [
            Permission.ViewPerformance,
            Permission.EditPerformance,
            Permission.EditFinance,
            Permission.ViewSchools,
            Permission.ViewAnySchool,
            Permission.ViewSocialCare,
            Permission.ViewFinance,
            Permission.ViewCommittees,
            Permission.ViewCommitteeReports,
            Permission.ViewSector,
            Permission.ImportData,
            Permission.ViewImports,
            Permission.ViewAudit,
            Permission.ViewSelfAssessments,
            Permission.EditSelfAssessments,
        ],
        [BeaconRole.SchoolImprovementOfficer] =
        [
            Permission.ViewPerformance,
            Permission.ViewSchools,
            Permission.ViewAnySchool,
            Permission.RateSchools,
            Permission.EditSchools,
            Permission.ViewCommittees,
            Permission.ViewCommitteeReports,
            Permission.ViewSector,
            Permission.ImportData,
            Permission.ViewImports,
            Permission.ViewAudit,
        ],
        [BeaconRole.SocialCareManager] =
        [
            Permission.ViewPerformance,
            Permission.ViewSocialCare,
            Permission.ViewChildLevelData,
            Permission.EditSocialCare,
            Permission.ViewCommittees,
            Permission.ViewCommitteeReports,
            Permission.ViewSector,
            Permission.ImportData,
            Permission.ViewImports,
            Permission.ViewAudit,
            Permission.ViewSelfAssessments,
            Permission.EditSelfAssessments,
            Permission.ServeAsPeer,
        ],
        [BeaconRole.LeadOfficer] =
        [
            Permission.ViewPerformance,
            Permission.WriteOwnCommentary,
            Permission.ViewFinance,
            Permission.ViewCommittees,
        ],
        // The reports the seeds put before councillors, not the officers' working pages behind them.
        [BeaconRole.Councillor] =
        [
            Permission.ViewPerformance,
            Permission.ViewFinance,
            Permission.ViewCommittees,
            Permission.ViewCommitteeReports,
        ],
        [BeaconRole.Headteacher] = [Permission.ViewSchools],
        [BeaconRole.DemocraticServicesOfficer] = [Permission.ViewCommittees, Permission.ManageCommittees, Permission.ViewAudit],
        // The three who sign an authority's self-assessment (seed 004): they read what they sign and the figures behind it.
        [BeaconRole.DirectorOfChildrensServices] =
        [
            Permission.ViewPerformance,
            Permission.ViewSocialCare,
            Permission.ViewSchools,
            Permission.ViewCommittees,
            Permission.ViewCommitteeReports,
            Permission.ViewSector,
            Permission.ViewSelfAssessments,
            Permission.EditSelfAssessments,
            Permission.SignSelfAssessments,
            Permission.ServeAsPeer,
        ],
        [BeaconRole.ChiefExecutive] =
        [
            Permission.ViewPerformance,
            Permission.ViewCommittees,
            Permission.ViewCommitteeReports,
            Permission.ViewSector,
            Permission.ViewSelfAssessments,
            Permission.SignSelfAssessments,
            Permission.ServeAsPeer,
        ],
        [BeaconRole.LeadMember] =
        [
            Permission.ViewPerformance,
            Permission.ViewCommittees,
            Permission.ViewCommitteeReports,
            Permission.ViewSelfAssessments,
            Permission.SignSelfAssessments,
            Permission.ServeAsPeer,
        ],
        // A regional body's officer: the national figures, what authorities share with the region, and their returns to it.
        [BeaconRole.RegionalModerator] =
        [
            Permission.ViewSector,
            Permission.ModerateSelfAssessments,
            Permission.CollectCoreDataset,
            Permission.BrokerSupport,
        ],
    };

    /// <summary>The permissions a role grants.</summary>
    public static IReadOnlyList<Permission> For(BeaconRole role) => Grants[role];
}
