using Beacon.Application.Protocol;
using Beacon.Data;
using Beacon.Data.Audit;
using Beacon.Data.Schools;
using Beacon.Domain.Protocol;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beacon.Application.Tests.Protocol;

/// <summary>A school's support records: a group, its meeting, an action done, a Warning Notice; each refused until complete.</summary>
public sealed class SupportRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task Support_records_are_refused_field_by_field_until_complete_and_each_is_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2013, 11, 1, 9, 0, 0, TimeSpan.Zero));
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext(new AuditScope { Actor = "adviser" }, clock);
        db.Schools.AddRange(
            new School
            {
                Urn = 990002,
                Name = "Fellside",
                Phase = "Primary",
            },
            new School
            {
                Urn = 990004,
                Name = "Moorview",
                Phase = "Special",
            }
        );
        await db.SaveChangesAsync(token);
        var recorder = new SupportRecorder(db, clock);
        var start = new DateOnly(2013, 9, 9);

        var incomplete = await recorder.StartGroupAsync(990002, "Committee", " ", null, 5, null, null, token);
        Assert.Equal(["group-kind", "group-chair", "group-frequency", "group-date"], incomplete.Problem!.Details.Select(d => d.Code));
        Assert.True(
            (await recorder.StartGroupAsync(990002, "OfficerGroup", "Assistant Director", "SIO", 42, "Teaching", start, token)).Succeeded
        );
        var group = await db.SupportGroups.SingleAsync(token);
        Assert.Equal(SupportGroupKind.OfficerGroup, group.Kind);

        var elsewhere = await recorder.RecordMeetingAsync(990004, group.Id, start.AddDays(42), "Good progress", token);
        Assert.Equal("meeting-group", elsewhere.Problem!.Code);
        Assert.True((await recorder.RecordMeetingAsync(990002, group.Id, start.AddDays(42), "Good progress", token)).Succeeded);
        Assert.True((await recorder.AddActionAsync(990002, "Observe maths", "SIO", start.AddDays(30), token)).Succeeded);
        var action = await db.SupportActions.SingleAsync(token);
        Assert.Equal(SupportRecorder.NotFound, (await recorder.CompleteActionAsync(990004, action.Id, token)).Problem!.Code);
        Assert.True((await recorder.CompleteActionAsync(990002, action.Id, token)).Succeeded);
        var late = await recorder.IssueNoticeAsync(990002, start, "Standards", start, token);
        Assert.Equal("notice-due", late.Problem!.Code);
        Assert.True((await recorder.IssueNoticeAsync(990002, start, "Standards", start.AddDays(15), token)).Succeeded);

        await using var read = database.NewContext();
        Assert.Equal(new DateOnly(2013, 11, 1), (await read.SupportActions.SingleAsync(token)).CompletedOn);
        Assert.Equal(
            ["support group started", "support meeting", "support action", "support action done", "warning notice"],
            await read.AuditEntries.Where(a => a.Reason != null).OrderBy(a => a.Id).Select(a => a.Reason).ToListAsync(token)
        );
    }
}
