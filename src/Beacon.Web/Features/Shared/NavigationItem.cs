using Beacon.Domain.Access;

namespace Beacon.Web.Features.Shared;

/// <summary>A section in the service navigation, shown to those who may open it.</summary>
public sealed record NavigationItem(string Text, string Href, Permission Permission)
{
    /// <summary>The sections, in the order the service navigation shows them.</summary>
    public static IReadOnlyList<NavigationItem> Sections { get; } =
    [
        new("Performance", "/performance", Permission.ViewPerformance),
        new("Schools", "/schools", Permission.ViewSchools),
        new("Children's social care", "/social-care", Permission.ViewSocialCare),
        new("Finance", "/finance", Permission.ViewFinance),
        new("Committees", "/committees", Permission.ViewCommittees),
        new("Sector", "/sector", Permission.ViewSector),
        new("Self-assessment", "/self-assessments", Permission.ViewSelfAssessments),
        new("Peer challenge", "/peer-reviews", Permission.ServeAsPeer),
        new("Moderation", "/moderation", Permission.ModerateSelfAssessments),
        new("Core dataset", "/region/core-dataset", Permission.CollectCoreDataset),
        new("Support", "/region/support", Permission.BrokerSupport),
        new("Imports", "/imports", Permission.ViewImports),
        new("Audit", "/audit", Permission.ViewAudit),
        new("Users", "/admin/users", Permission.ManageUsers),
    ];
}
