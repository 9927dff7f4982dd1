using Beacon.Application.Committees;
using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain.Committees;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Application.Tests.Committees;

/// <summary>Minutes as democratic services keep them: numbered across the municipal year, locked once approved.</summary>
public sealed class MeetingRecorderTests
{
    [Theory]
    [BothDatabases]
    public async Task Minutes_are_numbered_on_from_the_committees_last_minute_in_the_municipal_year_and_afresh_in_a_new_one(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var recorder = Recorder(db);
        var september = await MeetingAsync(db, new DateTime(2013, 9, 3, 16, 0, 0, DateTimeKind.Utc), items: 2);
        var october = await MeetingAsync(db, new DateTime(2013, 10, 1, 16, 0, 0, DateTimeKind.Utc), items: 3);
        var june = await MeetingAsync(db, new DateTime(2014, 6, 11, 13, 30, 0, DateTimeKind.Utc), items: 1);

        await recorder.NumberMinutesAsync(september.Id, firstNumber: 19, cancellationToken: TestContext.Current.CancellationToken);
        await recorder.NumberMinutesAsync(october.Id, cancellationToken: TestContext.Current.CancellationToken);
        await recorder.NumberMinutesAsync(june.Id, cancellationToken: TestContext.Current.CancellationToken);

        await using var read = database.NewContext();
        var numbers = await read
            .AgendaItems.OrderBy(i => i.MeetingId)
            .ThenBy(i => i.Position)
            .Select(i => i.MinuteNumber)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([19, 20, 21, 22, 23, 1], numbers);
    }

    [Theory]
    [BothDatabases]
    public async Task Approved_minutes_take_no_new_resolution_and_a_correction_needs_a_reason_which_the_audit_keeps(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var recorder = Recorder(db);
        var meeting = await MeetingAsync(db, new DateTime(2013, 10, 1, 16, 0, 0, DateTimeKind.Utc), items: 1);
        var item = meeting.Items.Single().Id;
        var resolved = await recorder.ResolveAsync(item, "That the report be noted.", "clerk", TestContext.Current.CancellationToken);

        await recorder.ApproveMinutesAsync(meeting.Id, "clerk", TestContext.Current.CancellationToken);
        var another = await recorder.ResolveAsync(item, "That the report be welcomed.", "clerk", TestContext.Current.CancellationToken);
        var unexplained = await recorder.CorrectAsync(
            resolved.Value.Id,
            "That the report be received.",
            null,
            "clerk",
            TestContext.Current.CancellationToken
        );
        var explained = await recorder.CorrectAsync(
            resolved.Value.Id,
            "That the report be received.",
            "The chair's words were 'received'",
            "clerk",
            TestContext.Current.CancellationToken
        );

        Assert.Equal(1, resolved.Value.Number);
        Assert.Equal("text", another.Problem!.Code);
        Assert.Equal("reason", unexplained.Problem!.Code);
        Assert.True(explained.Succeeded);
        await using var read = database.NewContext();
        Assert.Equal("That the report be received.", (await read.Resolutions.SingleAsync(TestContext.Current.CancellationToken)).Text);
        var reasons = await read
            .AuditEntries.Where(a => a.Actor == "clerk")
            .Select(a => a.Reason)
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Minutes approved as a correct record", reasons);
        Assert.Contains("The chair's words were 'received'", reasons);
    }

    private static MeetingRecorder Recorder(BeaconDbContext db) => new(db, Options.Create(new BeaconSiteOptions()), TimeProvider.System);

    private static async Task<Meeting> MeetingAsync(BeaconDbContext db, DateTime at, int items)
    {
        var committee =
            await db.Committees.SingleOrDefaultAsync(TestContext.Current.CancellationToken)
            ?? new Committee { Name = "Children's Services Committee" };
        var meeting = new Meeting
        {
            Committee = committee,
            StartsAt = at,
            Venue = "Council Chamber",
            Items =
            [
                .. Enumerable
                    .Range(1, items)
                    .Select(p => new AgendaItem
                    {
                        Section = AgendaSection.ForInformation,
                        Position = p,
                        Title = $"Item {p}",
                    }),
            ],
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return meeting;
    }
}
