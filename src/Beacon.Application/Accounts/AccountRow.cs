namespace Beacon.Application.Accounts;

/// <summary>One account as the users page and <c>beacon users list</c> give it.</summary>
public sealed record AccountRow(
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    bool MayReadExemptItems,
    bool IsDemo,
    bool IsDisabled = false,
    DateTimeOffset? LockedOutUntil = null
)
{
    /// <summary>Where the account stands, in a word or two.</summary>
    public string Status(DateTimeOffset now) =>
        IsDisabled ? "Disabled"
        : LockedOutUntil > now ? "Locked"
        : "Active";
}
