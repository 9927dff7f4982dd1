using Beacon.Domain.Audit;

namespace Beacon.Domain.Access;

/// <summary>
/// The one place that decides what a person may do. Every page, API and command asks here;
/// nothing else looks at roles.
/// </summary>
public static class AccessPolicy
{
    /// <summary>True when any of the person's roles grants the permission.</summary>
    public static bool Can(BeaconUser user, Permission permission)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (permission == Permission.ViewExemptItems)
        {
            return user.MayReadExemptItems;
        }

        return user.Roles.Any(role => RolePermissions.For(role).Contains(permission));
    }

    /// <summary>
    /// The organisation whose records a person reads and writes: their own authority's or body's, and nobody's
    /// before they sign in. Every query of owned records is filtered by it; another organisation's records reach
    /// them only through what that organisation shares.
    /// </summary>
    public static int OrganisationScopeOf(BeaconUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.OrganisationId;
    }

    /// <summary>The roles whose holders sign an authority's self-assessment off (seed 004), in the order a paper lists them.</summary>
    public static IReadOnlyList<BeaconRole> SignOffRoles { get; } =
    [BeaconRole.DirectorOfChildrensServices, BeaconRole.ChiefExecutive, BeaconRole.LeadMember];

    /// <summary>Signing a self-assessment off as one of the sign-off roles: only someone who holds that role.</summary>
    public static bool CanSignOffAs(BeaconUser user, BeaconRole role)
    {
        ArgumentNullException.ThrowIfNull(user);
        return SignOffRoles.Contains(role) && user.Roles.Contains(role) && Can(user, Permission.SignSelfAssessments);
    }

    /// <summary>
    /// Another authority's self-assessment: only a moderator of a regional body, only of an authority in the body's
    /// region, and only once the authority has shared it with the region.
    /// </summary>
    public static bool CanModerate(BeaconUser user, string? moderatorRegion, string? authorityRegion, bool shared) =>
        Can(user, Permission.ModerateSelfAssessments) && SharedWithOwnRegion(moderatorRegion, authorityRegion, shared);

    /// <summary>
    /// Another authority's performance risk: only a broker of a regional body, only of an authority in the body's
    /// region, and only once the authority has shared it with the region.
    /// </summary>
    public static bool CanBrokerFor(BeaconUser user, string? bodyRegion, string? authorityRegion, bool shared) =>
        Can(user, Permission.BrokerSupport) && SharedWithOwnRegion(bodyRegion, authorityRegion, shared);

    /// <summary>
    /// Another authority's peer challenge: only a peer it named on the team, from another organisation, once it has
    /// shared its evidence, and only from then until the challenge's last day.
    /// </summary>
    public static bool CanServeOn(BeaconUser user, bool named, int authority, bool evidenceShared, DateOnly? endsOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Can(user, Permission.ServeAsPeer)
            && named
            && user.OrganisationId != authority
            && evidenceShared
            && endsOn is { } last
            && today <= last;
    }

    private static bool SharedWithOwnRegion(string? bodyRegion, string? authorityRegion, bool shared) =>
        shared && bodyRegion is not null && string.Equals(bodyRegion, authorityRegion, StringComparison.Ordinal);

    /// <summary>An authority's core dataset return: only the regional body it was made to, and only its collectors.</summary>
    public static bool CanReadReturn(BeaconUser user, int madeTo)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Can(user, Permission.CollectCoreDataset) && madeTo == user.OrganisationId;
    }

    /// <summary>A school's own pages: officers who see all schools, or the school's own headteacher.</summary>
    public static bool CanViewSchool(BeaconUser user, int urn)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Can(user, Permission.ViewAnySchool) || (user.Roles.Contains(BeaconRole.Headteacher) && user.SchoolUrn == urn);
    }

    /// <summary>
    /// A school's Support and Challenge rating and letter, which are confidential: those who rate schools, the
    /// school's own headteacher, and those individually granted the exempt appendix.
    /// </summary>
    public static bool CanViewSchoolRating(BeaconUser user, int urn)
    {
        ArgumentNullException.ThrowIfNull(user);
        return SeesEveryRating(user) || (user.Roles.Contains(BeaconRole.Headteacher) && user.SchoolUrn == urn);
    }

    /// <summary>A school's summary SEF and termly meeting record: those who rate schools, and the school's own headteacher.</summary>
    public static bool CanWriteSummarySef(BeaconUser user, int urn)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Can(user, Permission.RateSchools) || (user.Roles.Contains(BeaconRole.Headteacher) && user.SchoolUrn == urn);
    }

    /// <summary>A committee item: anyone who reads committee papers, and for an exempt item only those granted it.</summary>
    public static bool CanViewCommitteeItem(BeaconUser user, bool isExempt) =>
        Can(user, Permission.ViewCommittees) && (!isExempt || Can(user, Permission.ViewExemptItems));

    /// <summary>
    /// A meeting's agenda, papers and minutes: democratic services always; officers who read committee papers once
    /// it is published; a councillor only for the committees they sit on.
    /// </summary>
    public static bool CanReadMeeting(BeaconUser user, bool isMember, bool isPublished)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Can(user, Permission.ManageCommittees))
        {
            return true;
        }

        var officer = user.Roles.Any(r => r is not BeaconRole.Councillor && RolePermissions.For(r).Contains(Permission.ViewCommittees));
        return isPublished && Can(user, Permission.ViewCommittees) && (officer || isMember);
    }

    /// <summary>
    /// Values, progress ratings and commentary on an indicator or milestone: performance editors for any,
    /// a lead officer only for their own (matched by initials).
    /// </summary>
    public static bool CanUpdateIndicator(BeaconUser user, string indicatorLeadInitials) => IsEditorOrLead(user, indicatorLeadInitials);

    /// <summary>A review of a directorate risk: performance editors for any, a lead officer only for the risks they own.</summary>
    public static bool CanReviewRisk(BeaconUser user, string ownerInitials) => IsEditorOrLead(user, ownerInitials);

    private static bool IsEditorOrLead(BeaconUser user, string leadInitials)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Can(user, Permission.EditPerformance)
            || (
                Can(user, Permission.WriteOwnCommentary)
                && user.LeadOfficerInitials is not null
                && string.Equals(user.LeadOfficerInitials, leadInitials, StringComparison.OrdinalIgnoreCase)
            );
    }

    /// <summary>
    /// A file import: the right to import, and the right to edit what the format writes, so that importing is
    /// never a way round the pages that edit the same records.
    /// </summary>
    public static bool CanImport(BeaconUser user, Permission writes) => Can(user, Permission.ImportData) && Can(user, writes);

    /// <summary>
    /// What an audit entry records (before, after, reason, which record): only for those who may see that kind of
    /// record. Anyone who reads the audit trail sees that the entry exists, who made it and when.
    /// </summary>
    public static bool CanReadAuditEntry(BeaconUser user, AuditConfidentiality confidentiality)
    {
        ArgumentNullException.ThrowIfNull(user);
        return confidentiality switch
        {
            AuditConfidentiality.ChildLevel => Can(user, Permission.ViewChildLevelData),
            // A headteacher reads only their own school's rating and never the audit trail.
            AuditConfidentiality.SchoolRating => SeesEveryRating(user),
            AuditConfidentiality.ExemptItem => Can(user, Permission.ViewExemptItems),
            _ => true,
        };
    }

    // Every school's rating: those who rate schools, and committee readers granted the exempt appendix.
    private static bool SeesEveryRating(BeaconUser user) =>
        Can(user, Permission.RateSchools) || (Can(user, Permission.ViewCommittees) && Can(user, Permission.ViewExemptItems));
}
