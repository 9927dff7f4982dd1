using Beacon.Data;
using Beacon.Data.Accounts;
using Beacon.Domain.Access;
using Beacon.Testing;
using Beacon.Web.Demo;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Beacon.Web.Tests;

/// <summary>
/// The real web app on Kestrel at a free loopback port, over a fresh SQLite database with the demo
/// authority: one account per role, plus a councillor granted exempt items.
/// </summary>
public sealed class BeaconServer : IAsyncLifetime
{
    public const string ExemptCouncillor = "councillor-with-exempt";

    /// <summary>An account of its own for the lockout test, so locking it cannot disturb other tests.</summary>
    public const string LockoutTarget = "lockout-target";
    public const long UploadLimit = 200_000;

    private WebApplication? _app;

    public TestDatabase Database { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Passwords { get; private set; } = new Dictionary<string, string>();

    public int PublicItemId { get; private set; }

    public int ExemptItemId { get; private set; }

    public static string UserFor(BeaconRole role) => "demo-" + BeaconDbContext.ToSnakeCase(role.ToString()).Replace('_', '-');

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var builder = BeaconWebApp.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                [$"{DatabaseOptions.Section}:ConnectionString"] = Database.Options.ConnectionString,
                [$"{BeaconSiteOptions.Section}:DemoMode"] = "true",
                [$"{BeaconSiteOptions.Section}:AuthorityName"] = DemoSeeder.AuthorityName,
                ["Beacon:Import:MaxFileBytes"] = UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Logging:LogLevel:Default"] = "Warning",
            }
        );
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddBeacon();
        _app = builder.Build();
        _app.UseBeacon();
        await _app.MigrateAsync();
        var accounts = await DemoSeeder.SeedAsync(_app.Services, null, NullLogger.Instance);
        var passwords = accounts.ToDictionary(a => a.UserName, a => a.Password);
        passwords[ExemptCouncillor] = await AddAccountAsync(ExemptCouncillor, BeaconRole.Councillor, mayReadExemptItems: true);
        passwords[LockoutTarget] = await AddAccountAsync(LockoutTarget, BeaconRole.LeadOfficer, mayReadExemptItems: false);
        Passwords = passwords;
        await using (var db = Database.NewContext())
        {
            PublicItemId = await db.CommitteeItems.Where(i => !i.IsExempt).MinAsync(i => i.Id);
            ExemptItemId = await db.CommitteeItems.Where(i => i.IsExempt).MinAsync(i => i.Id);
        }

        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
    }

    private async Task<string> AddAccountAsync(string userName, BeaconRole role, bool mayReadExemptItems)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconAccount>>();
        const string password = "Test-account-password-2026";
        var account = new BeaconAccount
        {
            UserName = userName,
            DisplayName = userName,
            MayReadExemptItems = mayReadExemptItems,
        };
        await users.CreateAsync(account, password);
        await users.AddToRoleAsync(account, role.ToString());
        return password;
    }

    /// <summary>An HTTP client that keeps cookies and shows redirects rather than following them.</summary>
    public BrowserlessClient Client() => new(BaseAddress);

    /// <summary>A client signed in as the given account.</summary>
    public async Task<BrowserlessClient> SignedInAsync(string userName)
    {
        var client = Client();
        var response = await client.SignInAsync(userName, Passwords[userName]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Database.DisposeAsync();
    }
}
