using System.Net;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Tests.Access;

/// <summary>Sessions that end when they should, and accounts an administrator can run, every change audited.</summary>
public sealed class AccountsTests(BeaconServers servers) : IClassFixture<BeaconServers>
{
    [Theory]
    [BothDatabases]
    public async Task Signing_out_ends_the_session_for_a_copied_cookie_too(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        await server.AddAccountAsync($"leaver-{provider}", BeaconRole.PerformanceOfficer, mayReadExemptItems: false);
        using var client = await server.SignedInAsync($"leaver-{provider}");
        using var copied = client.WithCopiedCookies();
        Assert.Equal(HttpStatusCode.OK, (await copied.GetAsync("/performance")).StatusCode);

        var signedOut = await client.PostFormAsync("/sign-out", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var after = await copied.GetAsync("/performance");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/sign-in", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [BothDatabases]
    public async Task An_administrator_disables_an_account_its_session_ends_and_it_cannot_sign_in_until_enabled(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var person = $"moved-on-{provider}";
        await server.AddAccountAsync(person, BeaconRole.PerformanceOfficer, mayReadExemptItems: false);
        using var session = await server.SignedInAsync(person);
        using var admin = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Administrator));

        var unexplained = await ChangeAsync(admin, person, "Disable", "");
        var disabled = await ChangeAsync(admin, person, "Disable", "Left the council on 30 November");
        var refused = await server.Client().SignInAsync(person, server.Passwords[person]);
        var sessionAfter = await session.GetAsync("/performance");
        var enabled = await ChangeAsync(admin, person, "Enable", "Returned from secondment");
        var again = await server.Client().SignInAsync(person, server.Passwords[person]);

        Assert.Contains("Enter why you are making this change", unexplained, StringComparison.Ordinal);
        Assert.Contains("The account was disabled and its sessions ended.", disabled, StringComparison.Ordinal);
        Assert.Contains(
            "The user name or password is not right, or the account is locked or disabled",
            await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Redirect, sessionAfter.StatusCode);
        Assert.Contains("The account was enabled.", enabled, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await using var db = server.Database.NewContext();
        var reasons = await db
            .AuditEntries.Where(e => e.EntityType == "User" && e.Reason != null)
            .Select(e => e.Reason)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Left the council on 30 November", reasons);
        Assert.Contains("Returned from secondment", reasons);
    }

    [Theory]
    [BothDatabases]
    public async Task A_reset_shows_a_new_password_once_the_old_one_stops_working_and_the_session_ends(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var person = $"forgetful-{provider}";
        var old = await server.AddAccountAsync(person, BeaconRole.Councillor, mayReadExemptItems: false);
        using var session = await server.SignedInAsync(person);
        using var admin = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Administrator));

        var reset = await ChangeAsync(admin, person, "ResetPassword", "Forgot it; identity checked by phone");
        var password = System.Text.RegularExpressions.Regex.Match(reset, "New password: <code>([^<]+)</code>").Groups[1].Value;
        var shownAgain = await admin.GetStringAsync($"/admin/users/{person}");

        Assert.Equal(20, password.Length);
        Assert.DoesNotContain(password, shownAgain, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await server.Client().SignInAsync(person, old)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await server.Client().SignInAsync(person, password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/committees")).StatusCode);
    }

    [Theory]
    [BothDatabases]
    public async Task Taking_away_a_role_or_the_exempt_grant_takes_effect_in_the_open_session(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var person = $"chair-{provider}";
        await server.AddAccountAsync(person, BeaconRole.Councillor, mayReadExemptItems: true);
        await server.SeatOnCommitteeAsync(person);
        using var admin = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Administrator));
        using var session = await server.SignedInAsync(person);
        var exempt = $"/committees/items/{server.ExemptItemId}";
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(exempt)).StatusCode);

        var revoked = await ChangeAsync(admin, person, "RevokeExemptItems", "No longer on the committee");
        Assert.Contains("grant to read exempt items was taken away", revoked, StringComparison.Ordinal);
        using var resigned = await server.SignedInAsync(person);
        var exemptAfter = await resigned.GetAsync(exempt);
        await ChangeAsync(admin, person, "RemoveRole:Councillor", "Stood down at the election");
        using var signedInAgain = await server.SignedInAsync(person);

        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/committees")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, exemptAfter.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await signedInAgain.GetAsync("/committees")).StatusCode);
    }

    [Theory]
    [BothDatabases]
    public async Task An_administrator_unlocks_a_locked_account_and_a_lockout_says_no_more_than_a_wrong_password(DatabaseProvider provider)
    {
        var server = await servers.OnAsync(provider);
        var person = $"locked-{provider}";
        await server.AddAccountAsync(person, BeaconRole.LeadOfficer, mayReadExemptItems: false);
        using var client = server.Client();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync(person, "not-the-password");
        }

        var locked = await (await client.SignInAsync(person, server.Passwords[person])).Content.ReadAsStringAsync(
            TestContext.Current.CancellationToken
        );
        var unknown = await (await client.SignInAsync("nobody-at-all", "not-the-password")).Content.ReadAsStringAsync(
            TestContext.Current.CancellationToken
        );
        using var admin = await server.SignedInAsync(BeaconServer.UserFor(BeaconRole.Administrator));
        var unlocked = await ChangeAsync(admin, person, "Unlock", "Called the help desk");

        Assert.Equal(ErrorText(unknown), ErrorText(locked));
        Assert.Contains("The account was unlocked.", unlocked, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await server.Client().SignInAsync(person, server.Passwords[person])).StatusCode);
    }

    private static async Task<string> ChangeAsync(BrowserlessClient admin, string person, string change, string reason)
    {
        var page = $"/admin/users/{person}";
        var response = await admin.PostFormAsync(page, new Dictionary<string, string> { ["Change"] = change, ["Reason"] = reason }, page);
        return response.StatusCode == HttpStatusCode.Redirect
            ? await admin.GetStringAsync(response.Headers.Location!.OriginalString)
            : await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static string ErrorText(string page) =>
        System
            .Text.RegularExpressions.Regex.Match(
                page,
                "<p id=\"UserName-error\"[^>]*>(.*?)</p>",
                System.Text.RegularExpressions.RegexOptions.Singleline
            )
            .Groups[1]
            .Value;
}
