namespace Beacon.Application.Accounts;

/// <summary>What an administrator does to an account; each ends the person's sessions except unlocking.</summary>
public enum AccountChange
{
    Disable,
    Enable,
    Unlock,
    ResetPassword,
    RemoveRole,
    RevokeExemptItems,
}
