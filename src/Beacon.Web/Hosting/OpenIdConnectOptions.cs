namespace Beacon.Web.Hosting;

/// <summary>
/// A council's own identity provider, bound from <c>Beacon:OpenIdConnect</c>. When an authority is
/// set, the sign-in page offers it; the person must already have a Beacon account with the same email,
/// since roles are granted in Beacon, not by the provider.
/// </summary>
public sealed class BeaconOpenIdConnectOptions
{
    public const string Section = "Beacon:OpenIdConnect";

    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The button's wording, e.g. "Sign in with your council account".</summary>
    public string DisplayName { get; set; } = "Sign in with your council account";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
