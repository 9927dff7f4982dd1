using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.SocialCare;

/// <summary>A flexible-assessment direction recorded with who and why, then reviewed, and in force for the measures.</summary>
public sealed class FlexibleTimescaleRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task A_direction_needs_who_and_why_is_audited_with_its_reason_and_its_review_is_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext(new AuditScope { Actor = "manager" }, clock);
        var recorder = new FlexibleTimescaleRecorder(db, clock);

        var refused = await recorder.DirectAsync("C1001", 0, " ", null, token);
        Assert.Equal(["WorkingDays", "DecidedBy", "Reason"], refused.Problem!.Details.Select(d => d.Code));
        var id = (await recorder.DirectAsync(" C1001 ", 60, "Team manager", "Specialist assessment of the parent", token)).Value;
        Assert.Equal("note", (await recorder.ReviewAsync(id, "", "manager", token)).Problem!.Code);
        Assert.True((await recorder.ReviewAsync(id, "Assessment on track", "manager", token)).Succeeded);
        Assert.Equal(FlexibleTimescaleRecorder.NotFound, (await recorder.ReviewAsync(id + 1, "x", "manager", token)).Problem!.Code);

        await using var read = database.NewContext();
        var inForce = await Data.SocialCare.FlexibleTimescales.InForceAsync(read, token);
        Assert.Equal(60, inForce["C1001"].WorkingDays);
        Assert.Equal(
            ["Specialist assessment of the parent", "weekly review"],
            await read.AuditEntries.OrderBy(a => a.Id).Select(a => a.Reason).ToListAsync(token)
        );
    }
}
