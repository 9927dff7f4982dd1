namespace Beacon.Domain.Governance;

/// <summary>The kinds of governor an instrument of government counts, in the order an instrument lists them.</summary>
public enum GovernorCategory
{
    Parent,
    LocalAuthority,
    Staff,
    Headteacher,
    CoOpted,
    Foundation,
}

/// <summary>Categories as an instrument writes them.</summary>
public static class GovernorCategories
{
    public static string Name(this GovernorCategory category, int count) =>
        (category, count == 1) switch
        {
            (GovernorCategory.Parent, true) => "Parent Governor",
            (GovernorCategory.Parent, false) => "Parent Governors",
            (GovernorCategory.LocalAuthority, true) => "Local Authority Governor",
            (GovernorCategory.LocalAuthority, false) => "Local Authority Governors",
            (GovernorCategory.Staff, true) => "Staff Governor",
            (GovernorCategory.Staff, false) => "Staff Governors",
            (GovernorCategory.Headteacher, _) => "Headteacher",
            (GovernorCategory.CoOpted, true) => "Co-opted Governor",
            (GovernorCategory.CoOpted, false) => "Co-opted Governors",
            (GovernorCategory.Foundation, true) => "Foundation Governor",
            _ => "Foundation Governors",
        };
}
