namespace Beacon.Application.Accounts;

/// <summary>How sign-in and sessions behave. Bound from <c>Beacon:Accounts</c>.</summary>
public sealed class AccountOptions
{
    public const string Section = "Beacon:Accounts";

    /// <summary>
    /// How often a session is checked against the account (seconds): after sign-out, a disabled account, a reset
    /// password or a removed role, a copied cookie stops working within this time. 0 checks every request.
    /// </summary>
    public int SessionCheckSeconds { get; set; } = 10;

    /// <summary>
    /// What a refused sign-in says, the same whether the name is unknown, the password wrong or the account locked or
    /// disabled, so that nobody can learn which accounts exist. A council can add its help desk's number.
    /// </summary>
    public string SignInRefusedMessage { get; set; } =
        "The user name or password is not right, or the account is locked or disabled. After 5 failed attempts an account is locked for 15 minutes; an administrator can unlock it.";
}
