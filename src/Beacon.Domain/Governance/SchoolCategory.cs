namespace Beacon.Domain.Governance;

/// <summary>The category of a maintained school, which decides whether its governing body has foundation governors and how many.</summary>
public enum SchoolCategory
{
    Community,
    CommunitySpecial,
    VoluntaryControlled,
    Foundation,
    FoundationSpecial,
    VoluntaryAided,
}

public static class SchoolCategories
{
    public static string Name(this SchoolCategory category) =>
        category switch
        {
            SchoolCategory.Community => "community school",
            SchoolCategory.CommunitySpecial => "community special school",
            SchoolCategory.VoluntaryControlled => "voluntary controlled school",
            SchoolCategory.Foundation => "foundation school",
            SchoolCategory.FoundationSpecial => "foundation special school",
            _ => "voluntary aided school",
        };

    /// <summary>Schools whose instruments may (or, aided, must) provide for foundation governors.</summary>
    public static bool HasFoundation(this SchoolCategory category) =>
        category
            is SchoolCategory.VoluntaryControlled
                or SchoolCategory.Foundation
                or SchoolCategory.FoundationSpecial
                or SchoolCategory.VoluntaryAided;
}
