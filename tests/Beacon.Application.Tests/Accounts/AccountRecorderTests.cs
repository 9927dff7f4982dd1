using Beacon.Application.Accounts;
using Beacon.Data;
using Beacon.Data.Accounts;
using Beacon.Domain.Access;
using Beacon.Import.Pipeline;
using Beacon.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beacon.Application.Tests.Accounts;

/// <summary>Accounts as the web and the command line open and run them.</summary>
public sealed class AccountRecorderTests
{
    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234!")]
    [InlineData("Summer2026!!!")]
    [InlineData("qwerty123456")]
    [InlineData("liverpool1892")]
    public void A_common_password_or_one_with_digits_and_symbols_added_is_refused(string password) =>
        Assert.True(CommonPasswordValidator.IsCommon(password, "a.officer"));

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("Kestrel-Lantern-Moorland")]
    [InlineData("Test-account-password-2026")]
    public void A_long_uncommon_password_is_accepted(string password) =>
        Assert.False(CommonPasswordValidator.IsCommon(password, "a.officer"));

    [Fact]
    public void The_user_name_is_not_a_password() => Assert.True(CommonPasswordValidator.IsCommon("A.Officer.2026", "a.officer"));

    [Theory]
    [BothDatabases]
    public async Task An_account_with_a_common_password_is_not_opened(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);
        await using var scope = services.CreateAsyncScope();

        var created = await scope
            .ServiceProvider.GetRequiredService<AccountRecorder>()
            .CreateAsync(new NewAccount("new.officer", null, null, [BeaconRole.PerformanceOfficer]), "password1234", "New starter");

        Assert.False(created.Succeeded);
        Assert.Contains("one that many people use", created.Problem!.Message, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.False(await db.Users.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [BothDatabases]
    public async Task Every_change_to_an_account_needs_a_reason_is_audited_with_it_and_changes_the_security_stamp(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(database);
        await using var scope = services.CreateAsyncScope();
        var recorder = scope.ServiceProvider.GetRequiredService<AccountRecorder>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BeaconAccount>>();
        Assert.True(
            (
                await recorder.CreateAsync(
                    new NewAccount("chair", null, null, [BeaconRole.Councillor, BeaconRole.LeadOfficer], MayReadExemptItems: true),
                    "Kestrel-Lantern-Moorland",
                    "Elected chair"
                )
            ).Succeeded
        );
        var stamp = (await users.FindByNameAsync("chair"))!.SecurityStamp;

        var unexplained = await recorder.ChangeAsync("chair", AccountChange.RemoveRole, BeaconRole.LeadOfficer, " ");
        var removed = await recorder.ChangeAsync("chair", AccountChange.RemoveRole, BeaconRole.LeadOfficer, "No longer a lead officer");
        var notHeld = await recorder.ChangeAsync("chair", AccountChange.RemoveRole, BeaconRole.Headteacher, "Tidying up");
        var revoked = await recorder.ChangeAsync("chair", AccountChange.RevokeExemptItems, null, "Left the committee");
        var reset = await recorder.ChangeAsync("chair", AccountChange.ResetPassword, null, "Forgotten");

        Assert.Equal("Reason", unexplained.Problem!.Code);
        Assert.True(removed.Succeeded && revoked.Succeeded && reset.Succeeded);
        Assert.Contains("does not hold the role Headteacher", notHeld.Problem!.Message, StringComparison.Ordinal);
        var account = (await users.FindByNameAsync("chair"))!;
        Assert.Equal(["Councillor"], await users.GetRolesAsync(account));
        Assert.False(account.MayReadExemptItems);
        Assert.NotEqual(stamp, account.SecurityStamp);
        Assert.True(await users.CheckPasswordAsync(account, reset.Value!));
        await using var db = database.NewContext();
        var reasons = await db.AuditEntries.Select(e => e.Reason).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains("No longer a lead officer", reasons);
        Assert.Contains("Left the committee", reasons);
        Assert.Contains("Forgotten", reasons);
    }

    private static ServiceProvider Services(TestDatabase database) =>
        new ServiceCollection()
            .AddLogging()
            .AddBeaconCore(database.Options, new ImportOptions())
            .AddBeaconAccounts()
            .BuildServiceProvider();
}
