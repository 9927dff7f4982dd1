namespace Beacon.Domain.Access;

/// <summary>The roles a Beacon account can hold. Names are stored in the database; do not rename.</summary>
public enum BeaconRole
{
    Administrator,
    PerformanceOfficer,
    SchoolImprovementOfficer,
    SocialCareManager,
    LeadOfficer,
    Councillor,
    Headteacher,
    DemocraticServicesOfficer,
    DirectorOfChildrensServices,
    ChiefExecutive,
    LeadMember,
    RegionalModerator,
}

/// <summary>How roles read to people.</summary>
public static class BeaconRoleNames
{
    public static string DisplayName(this BeaconRole role) =>
        role switch
        {
            BeaconRole.Administrator => "Administrator",
            BeaconRole.PerformanceOfficer => "Performance officer",
            BeaconRole.SchoolImprovementOfficer => "School improvement officer",
            BeaconRole.SocialCareManager => "Social care manager",
            BeaconRole.LeadOfficer => "Lead officer",
            BeaconRole.Councillor => "Councillor",
            BeaconRole.Headteacher => "Headteacher",
            BeaconRole.DemocraticServicesOfficer => "Democratic services officer",
            BeaconRole.DirectorOfChildrensServices => "Director of children's services",
            BeaconRole.ChiefExecutive => "Chief executive",
            BeaconRole.LeadMember => "Lead member for children's services",
            BeaconRole.RegionalModerator => "Regional moderator",
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
        };

    /// <summary>Parses a stored role name, ignoring case; null when it is not a Beacon role.</summary>
    public static BeaconRole? Parse(string name) =>
        Enum.TryParse<BeaconRole>(name, ignoreCase: true, out var role) && Enum.IsDefined(role) ? role : null;
}
