using Beacon.Application.Schools;
using Beacon.Data;
using Beacon.Domain.Achievement;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.Schools;

/// <summary>A new version of the floor standards: checked, saved with its reason, and then the one in force.</summary>
public sealed class FloorStandardsRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task Rules_that_do_not_check_or_come_without_a_reason_are_refused_and_saved_ones_are_in_force(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        var recorder = new FloorStandardsRecorder(db, new FakeTimeProvider());
        var shipped = AchievementCatalog.Shipped.FloorStandardsJson();

        var refused = await recorder.SaveAsync("[{}]", " ", "admin", token);
        Assert.Contains(refused.Problem!.Details, p => p.Code == "Json");
        Assert.Contains(refused.Problem.Details, p => p.Code == "Reason");
        Assert.True((await recorder.SaveAsync(shipped, "Confirmed for 2024/25", "admin", token)).Succeeded);

        await using var read = database.NewContext();
        Assert.Equal("Confirmed for 2024/25", (await read.FloorStandardsVersions.SingleAsync(token)).Reason);
        Assert.Equal(shipped, (await AchievementCatalogs.InForceAsync(read, token)).FloorStandardsJson());
    }
}
