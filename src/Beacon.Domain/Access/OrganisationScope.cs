namespace Beacon.Domain.Access;

/// <summary>The organisation ids the access rules know without asking the database.</summary>
public static class OrganisationScope
{
    /// <summary>The deployment's own authority: a single-authority deployment has only this one.</summary>
    public const int Home = 1;

    /// <summary>Nobody's: the scope of someone not signed in, whom no owned record belongs to.</summary>
    public const int None = 0;
}
