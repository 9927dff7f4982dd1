using System.Net;
using System.Security.Cryptography;
using System.Text;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Reports.Html;
using Beacon.Testing;
using Beacon.Web.Tests.Protocol;

namespace Beacon.Web.Tests.Hosting;

/// <summary>Beacon as a council's servers and proxies meet it: health, limits, headers, and what a forged request gets.</summary>
public sealed class HostingTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    [Theory]
    [BothDatabases]
    public async Task Health_says_the_database_answers_and_its_migrations_are_current_without_signing_in(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var monitor = server.Client();

        var health = await monitor.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [BothDatabases]
    public async Task A_forged_host_header_never_reaches_a_redirect(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/performance");
        request.Headers.Host = "attacker.example";

        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Location!.IsAbsoluteUri, response.Headers.Location.ToString());
        Assert.StartsWith("/sign-in?ReturnUrl=", response.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task Behind_a_proxy_that_ends_https_the_cookie_is_secure_and_hsts_is_sent(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = server.BaseAddress,
        };
        using var page = new HttpRequestMessage(HttpMethod.Get, "/sign-in");
        page.Headers.Host = "beacon.council.example";
        page.Headers.Add("X-Forwarded-Proto", "https");
        using var plain = new HttpRequestMessage(HttpMethod.Get, "/sign-in");
        plain.Headers.Host = "beacon.council.example";

        var proxied = await http.SendAsync(page, TestContext.Current.CancellationToken);
        var direct = await http.SendAsync(plain, TestContext.Current.CancellationToken);

        Assert.Contains("max-age=31536000", proxied.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.Contains(
            proxied.Headers.GetValues("Set-Cookie"),
            c => c.StartsWith("beacon-antiforgery=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase)
        );
        Assert.False(direct.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [BothDatabases]
    public async Task An_upload_over_the_request_limit_is_answered_413_naming_the_limit(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        using var client = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.PerformanceOfficer));

        var response = await client.UploadAsync("huge.csv", new byte[BeaconServer.UploadLimit + (3 * 1024 * 1024)]);
        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("The file is too large", page, StringComparison.Ordinal);
        Assert.Contains($"{BeaconServer.UploadLimit:N0} bytes, set by Beacon:Import:MaxFileBytes", page, StringComparison.Ordinal);
        Assert.Empty(server.LoggedErrors);
    }

    [Theory]
    [BothDatabases]
    public async Task Signing_in_through_a_council_provider_that_is_not_configured_is_an_address_like_any_unknown_one(
        DatabaseProvider provider
    )
    {
        var server = await servers.OnAsync(provider);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

        var response = await http.PostAsync(new Uri("/sign-in/external", UriKind.Relative), null, TestContext.Current.CancellationToken);
        var unknown = await http.PostAsync(new Uri("/no-such-page", UriKind.Relative), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in?ReturnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(unknown.StatusCode, response.StatusCode);
        Assert.Empty(server.LoggedErrors);
    }

    [Theory]
    [BothDatabases]
    public async Task An_html_report_is_styled_under_the_content_security_policy_and_kept_by_no_cache(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var summer = await Reviews.IdAsync(server, "Summer 2012/13");
        using var adviser = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.SchoolImprovementOfficer));

        var response = await adviser.GetAsync($"/schools/reviews/{summer}/report?format=html");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var start = html.IndexOf("<style>", StringComparison.Ordinal) + "<style>".Length;
        var style = html[start..html.IndexOf("</style>", start, StringComparison.Ordinal)];
        var hash = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'";

        Assert.Equal(HtmlReportStyle.ContentSecurityPolicySource, hash);
        Assert.Contains(hash, response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }
}
