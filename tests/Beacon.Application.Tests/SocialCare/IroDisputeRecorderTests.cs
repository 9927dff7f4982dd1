using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Domain.SocialCare;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.SocialCare;

/// <summary>An IRO dispute raised, escalated stage by stage to the last, and resolved, every step audited.</summary>
public sealed class IroDisputeRecorderTests
{
    private static readonly DisputeStage[] Stages = [new("Team manager", 5), new("Service manager", 5)];

    [Theory]
    [BothDatabases]
    public async Task A_dispute_goes_no_further_than_the_last_stage_and_is_resolved_with_its_outcome(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var token = TestContext.Current.CancellationToken;
        IroDisputeRecorder Recorder(BeaconDbContext db) => new(db, clock);

        await using var db = database.NewContext(new AuditScope { Actor = "iro" }, clock);
        var blank = await Recorder(db).RaiseAsync(" ", "A. IRO", null, "iro", token);
        Assert.Equal(["ChildId", "Concern"], blank.Problem!.Details.Select(d => d.Code));

        var raised = await Recorder(db).RaiseAsync("C1001", "A. IRO", "The plan has no date for permanence", "iro", token);
        var id = raised.Value;
        Assert.Equal("note", (await Recorder(db).EscalateAsync(id, " ", Stages, "iro", token)).Problem!.Code);
        Assert.True((await Recorder(db).EscalateAsync(id, "No reply from the team manager", Stages, "iro", token)).Succeeded);
        var past = await Recorder(db).EscalateAsync(id, "Still no plan", Stages, "iro", token);
        Assert.Equal("last-stage", past.Problem!.Code);
        Assert.True((await Recorder(db).ResolveAsync(id, "Permanence planning meeting booked", token)).Succeeded);
        var again = await Recorder(db).ResolveAsync(id, "Twice", token);
        Assert.Equal(IroDisputeRecorder.NotOpen, again.Problem!.Code);

        await using var read = database.NewContext();
        Assert.Equal([1, 2], await read.IroDisputeSteps.OrderBy(s => s.Stage).Select(s => s.Stage).ToListAsync(token));
        var dispute = await read.IroDisputes.SingleAsync(token);
        Assert.Equal((new DateOnly(2026, 12, 1), "Permanence planning meeting booked"), (dispute.ResolvedOn, dispute.Outcome));
        var reasons = await read.AuditEntries.OrderBy(a => a.Id).Select(a => a.Reason).ToListAsync(token);
        Assert.Equal(["IRO dispute raised", "IRO dispute raised", "No reply from the team manager", "IRO dispute resolved"], reasons);
    }
}
