using System.Text.Json;
using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Domain.Protocol;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.Protocol;

/// <summary>A new version of the protocol's criteria: numbered after the last, refused when it does not read.</summary>
public sealed class ProtocolVersionRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task A_new_version_is_numbered_after_the_last_and_criteria_that_do_not_read_are_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        var recorder = new ProtocolVersionRecorder(db, new FakeTimeProvider());
        var shipped = JsonSerializer.Serialize(ProtocolCatalog.Shipped with { Title = "Revised" }, ProtocolCatalog.JsonOptions);

        Assert.Equal(ProtocolVersionRecorder.Invalid, (await recorder.SaveAsync("{not json", "admin", token)).Problem!.Code);
        var saved = await recorder.SaveAsync(shipped, "admin", token);

        Assert.Equal(3, saved.Value.Version); // after the two shipped versions
        await using var read = database.NewContext();
        Assert.Equal("Revised", (await read.ProtocolVersions.SingleAsync(token)).Title);
    }
}
