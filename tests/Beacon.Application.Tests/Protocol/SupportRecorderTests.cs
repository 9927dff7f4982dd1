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

        var elsewhere = await recorder.RecordMeetingAsync(990004, group.Id, start.AddDays(42), "Good progress", false, token);
        Assert.Equal("meeting-group", elsewhere.Problem!.Code);
        Assert.True((await recorder.RecordMeetingAsync(990002, group.Id, start.AddDays(42), "Good progress", false, token)).Succeeded);
        Assert.True((await recorder.RecordMeetingAsync(990002, group.Id, start.AddDays(14), "On track", true, token)).Succeeded);
        Assert.True((await recorder.AddActionAsync(990002, "Observe maths", "SIO", start.AddDays(30), token)).Succeeded);
        var action = await db.SupportActions.SingleAsync(token);
        Assert.Equal(SupportRecorder.NotFound, (await recorder.CompleteActionAsync(990004, action.Id, token)).Problem!.Code);
        Assert.True((await recorder.CompleteActionAsync(990002, action.Id, token)).Succeeded);
        var late = await recorder.IssueNoticeAsync(990002, start, "Standards", start, token);
        Assert.Equal("notice-due", late.Problem!.Code);
        Assert.True((await recorder.IssueNoticeAsync(990002, start, "Standards", start.AddDays(15), token)).Succeeded);
        Assert.False((await recorder.ReferToCommissionerAsync(990002, start, "Standards", token)).Succeeded);

        await using var read = database.NewContext();
        Assert.Equal(new DateOnly(2013, 11, 1), (await read.SupportActions.SingleAsync(token)).CompletedOn);
        Assert.Equal(
            [
                "support group started",
                "support meeting",
                "keeping-in-touch meeting",
                "support action",
                "support action done",
                "warning notice",
            ],
            await read.AuditEntries.Where(a => a.Reason != null).OrderBy(a => a.Id).Select(a => a.Reason).ToListAsync(token)
        );
    }

    [Theory]
    [BothDatabases]
    public async Task Warning_Notices_are_for_maintained_schools_and_an_academy_is_referred_to_the_Regional_Schools_Commissioner(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2013, 11, 1, 9, 0, 0, TimeSpan.Zero));
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext(new AuditScope { Actor = "adviser" }, clock);
        db.Schools.Add(
            new School
            {
                Urn = 990006,
                Name = "Harbour Academy",
                Phase = "Secondary",
                Type = "Academy sponsor led",
            }
        );
        await db.SaveChangesAsync(token);
        var recorder = new SupportRecorder(db, clock);
        var day = new DateOnly(2013, 10, 1);

        var notice = await recorder.IssueNoticeAsync(990006, day, "Standards", day.AddDays(15), token);
        var referral = await recorder.ReferToCommissionerAsync(990006, day, "Standards", token);

        Assert.Equal("notice-date", notice.Problem!.Code);
        Assert.True(referral.Succeeded);
        await using var read = database.NewContext();
        Assert.Empty(await read.WarningNotices.ToListAsync(token));
        var saved = await read.CommissionerReferrals.SingleAsync(token);
        Assert.Equal(("Standards", day), (saved.Grounds, saved.ReferredOn));
    }

    [Theory]
    [BothDatabases]
    public async Task A_Focus_Group_tapers_to_monthly_then_half_termly_and_no_further(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2013, 11, 1, 9, 0, 0, TimeSpan.Zero));
        var token = TestContext.Current.CancellationToken;
        await using var db = database.NewContext(new AuditScope { Actor = "adviser" }, clock);
        db.Schools.Add(
            new School
            {
                Urn = 990002,
                Name = "Fellside",
                Phase = "Primary",
            }
        );
        await db.SaveChangesAsync(token);
        var recorder = new SupportRecorder(db, clock);
        Assert.True(
            (
                await recorder.StartGroupAsync(990002, "FocusGroup", "SIO", null, 7, "getting to good", new DateOnly(2013, 9, 2), token)
            ).Succeeded
        );
        var id = (await db.SupportGroups.SingleAsync(token)).Id;

        var steps = new List<int>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            Assert.True((await recorder.TaperAsync(990002, id, token)).Succeeded);
            await using var read = database.NewContext();
            steps.Add((await read.SupportGroups.SingleAsync(token)).MeetEveryDays);
        }

        Assert.Equal([30, 42], steps);
        Assert.Equal("group-frequency", (await recorder.TaperAsync(990002, id, token)).Problem!.Code);
        Assert.Equal(SupportRecorder.NotFound, (await recorder.TaperAsync(990002, id + 1, token)).Problem!.Code);
    }
}
