namespace Beacon.Domain.Access;

/// <summary>Each thing Beacon lets a person do. Pages and APIs ask for one of these, never for a role.</summary>
public enum Permission
{
    ViewPerformance,
    EditPerformance,
    WriteOwnCommentary,
    ViewSchools,
    ViewAnySchool,
    RateSchools,
    ViewSocialCare,
    ViewChildLevelData,
    ViewFinance,
    ViewCommittees,
    ViewExemptItems,
    ViewSector,
    ImportData,
    EditFinance,
    EditSchools,
    EditSocialCare,
    ViewImports,
    ViewAudit,
    ManageUsers,
    EditProtocol,
    EditAchievementRules,
    ManageCommittees,
    ViewCommitteeReports,
    ViewSelfAssessments,
    EditSelfAssessments,
    SignSelfAssessments,
    ModerateSelfAssessments,

    /// <summary>A regional body's calls for its authorities' quarterly core dataset, and the returns made to it.</summary>
    CollectCoreDataset,

    /// <summary>A regional body's brokering of support for the performance risks its authorities share with it.</summary>
    BrokerSupport,

    /// <summary>Serving on another authority's peer challenge team, when it names the person, for its duration.</summary>
    ServeAsPeer,
}
