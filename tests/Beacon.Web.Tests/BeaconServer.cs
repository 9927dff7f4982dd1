using Beacon.Application;
using Beacon.Application.Demo;
using Beacon.Data;
using Beacon.Data.Accounts;
using Beacon.Domain.Access;
using Beacon.Testing;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Beacon.Web.Tests;

/// <summary>
/// The real web app on Kestrel at a free loopback port, over a fresh database (SQLite unless started on another
/// engine) with the demo authority: one account per role, plus a councillor granted exempt items. Every error the
/// app logs is kept, so a test can fail on a page that threw.
/// </summary>
public sealed class BeaconServer : IAsyncLifetime
{
    public const string ExemptCouncillor = "councillor-with-exempt";

    /// <summary>An account of its own for the lockout test, so locking it cannot disturb other tests.</summary>
    public const string LockoutTarget = "lockout-target";
    public const long UploadLimit = 200_000;

    private readonly ErrorLog _errors = new();
    private WebApplication? _app;

    /// <summary>The engine the demo runs on.</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>DfE files (and the Annex A sample beside them) the demo loads, as <c>serve --demo</c> does; none by default.</summary>
    public string? SharedDataFolder { get; init; }

    /// <summary>What the app logged as errors, with their exceptions.</summary>
    public IReadOnlyList<string> LoggedErrors => _errors.Entries;

    /// <summary>A demo server on the given engine, started; the caller disposes it.</summary>
    public static async Task<BeaconServer> StartAsync(DatabaseProvider provider, string? sharedDataFolder)
    {
        var server = new BeaconServer { Provider = provider, SharedDataFolder = sharedDataFolder };
        await server.InitializeAsync();
        return server;
    }

    public TestDatabase Database { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Passwords { get; private set; } = new Dictionary<string, string>();

    public int PublicItemId { get; private set; }

    public int ExemptItemId { get; private set; }

    /// <summary>The demo's meeting of 1 October 2013 (seed 000).</summary>
    public int OctoberMeetingId { get; private set; }

    /// <summary>The Children's Services Committee, which met on 1 October 2013.</summary>
    public int CommitteeId { get; private set; }

    /// <summary>An item of the demo's unpublished 5 November 2013 agenda, whose paper democratic services may still write.</summary>
    public int DraftItemId { get; private set; }

    /// <summary>The seed's Green option "Reduce marketing budget £30K", whose delivery the demo records in Q1 2014/15.</summary>
    public int SavingOptionId { get; private set; }

    public static string UserFor(BeaconRole role) => "demo-" + BeaconDbContext.ToSnakeCase(role.ToString()).Replace('_', '-');

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(Provider);
        var builder = BeaconWebApp.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                [$"{DatabaseOptions.Section}:Provider"] = Provider.ToString(),
                [$"{DatabaseOptions.Section}:ConnectionString"] = Database.Options.ConnectionString,
                [$"{BeaconSiteOptions.Section}:DemoMode"] = "true",
                [$"{BeaconSiteOptions.Section}:AuthorityName"] = DemoSeeder.AuthorityName,
                [$"{BeaconSiteOptions.Section}:SignatoryName"] = DemoSeeder.SignatoryName,
                ["Beacon:Import:MaxFileBytes"] = UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Logging:LogLevel:Default"] = "Warning",
                // Every request checks its session, so that a test sees a session end at once.
                ["Beacon:Accounts:SessionCheckSeconds"] = "0",
            }
        );
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.AddProvider(_errors);
        builder.AddBeacon();
        _app = builder.Build();
        _app.UseBeacon();
        await _app.MigrateAsync();
        var accounts = await DemoSeeder.SeedAsync(_app.Services, SharedDataFolder, NullLogger.Instance);
        var passwords = accounts.ToDictionary(a => a.UserName, a => a.Password);
        passwords[ExemptCouncillor] = await AddAccountAsync(ExemptCouncillor, BeaconRole.Councillor, mayReadExemptItems: true);
        passwords[LockoutTarget] = await AddAccountAsync(LockoutTarget, BeaconRole.LeadOfficer, mayReadExemptItems: false);
        Passwords = passwords;
        await using (var db = Database.NewContext())
        {
            PublicItemId = await db
                .AgendaItems.Where(i => i.ExemptParagraph == null && i.Title.StartsWith("Fostering"))
                .MinAsync(i => i.Id);
            ExemptItemId = await db.AgendaItems.Where(i => i.ExemptParagraph != null).MinAsync(i => i.Id);
            OctoberMeetingId = await db
                .Meetings.Where(m => m.StartsAt.Month == 10 && m.StartsAt.Year == 2013)
                .Select(m => m.Id)
                .SingleAsync();
            CommitteeId = await db.Meetings.Where(m => m.Id == OctoberMeetingId).Select(m => m.CommitteeId).SingleAsync();
            DraftItemId = await db.AgendaItems.Where(i => i.PublishedAtUtc == null).MinAsync(i => i.Id);
            SavingOptionId = await db
                .SavingOptions.Where(o => o.Description == "Reduce marketing budget £30K")
                .Select(o => o.Id)
                .SingleAsync();
        }

        // The councillor granted exempt items sits on the Children's Services Committee, as the demo councillor does.
        await SeatOnCommitteeAsync(ExemptCouncillor);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
    }

    /// <summary>An account of the test's own, so that changing it disturbs no other test; returns its password.</summary>
    /// <summary>Gives an account a seat on the committee of the 1 October 2013 meeting, so that it reads its papers.</summary>
    public async Task SeatOnCommitteeAsync(string userName)
    {
        await using var db = Database.NewContext();
        var committee = await db.Meetings.Where(m => m.Id == OctoberMeetingId).Select(m => m.CommitteeId).SingleAsync();
        db.CommitteeMembers.Add(
            new Beacon.Data.Committees.CommitteeMember
            {
                CommitteeId = committee,
                Name = userName,
                Role = Beacon.Domain.Committees.MemberRole.Councillor,
                UserName = userName,
            }
        );
        await db.SaveChangesAsync();
    }

    public async Task<string> AddAccountAsync(string userName, BeaconRole role, bool mayReadExemptItems)
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
        Assert.True((await users.CreateAsync(account, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(account, role.ToString())).Succeeded);
        Passwords = new Dictionary<string, string>(Passwords) { [userName] = password };
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
