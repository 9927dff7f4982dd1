using Beacon.Application.Committees;
using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain.Committees;
using Beacon.Reports.Committees;
using Beacon.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Application.Tests.Committees;

/// <summary>An agenda as democratic services build it: meetings, items by section, papers in the template, supplements, the work programme.</summary>
public sealed class AgendaEditorTests
{
    private static readonly DateTime October = new(2013, 10, 1, 16, 0, 0, DateTimeKind.Utc);

    [Theory]
    [BothDatabases]
    public async Task A_new_meeting_opens_with_apologies_declarations_and_the_last_minutes_and_the_same_day_twice_is_refused(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var (editor, _) = Services(db);
        var committee = await CommitteeAsync(db);

        var september = await editor.ScheduleAsync(committee, October.AddDays(-28), "Council Chamber", "clerk", Token);
        var october = await editor.ScheduleAsync(committee, October, "Council Chamber", "clerk", Token);
        var again = await editor.ScheduleAsync(committee, October.AddHours(2), " ", "clerk", Token);

        Assert.Equal(
            ["1.1 Apologies for absence", "2.1 To receive any declarations of interest by members"],
            september.Value.Items.Select(i => $"{i.Number} {i.Title}")
        );
        Assert.Equal(
            "3.1 To confirm the minutes of the meeting held on Tuesday 3 September 2013",
            october.Value.Items.Select(i => $"{i.Number} {i.Title}").Last()
        );
        Assert.Equal(["starts-on", "venue"], again.Problem!.Details.Select(d => d.Code));
    }

    [Theory]
    [BothDatabases]
    public async Task A_key_decision_needs_its_reference_on_the_forward_plan_and_the_paper_keeps_the_templates_order(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var (editor, _) = Services(db);
        var meeting = await editor.ScheduleAsync(await CommitteeAsync(db), October, "Council Chamber", "clerk", Token);
        var item = await editor.AddAsync(meeting.Value.Id, AgendaSection.KeyDecisions, "Savings proposals", null, "clerk", Token);
        var draft = new AgendaItemDraft
        {
            Title = "Savings proposals for early intervention services",
            DecisionType = DecisionType.KeyDecision,
            Recommendations = "That the savings proposals be approved.",
            Sections = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["Financial considerations"] = "A saving of £1,011,000.",
                ["Purpose of report"] = "To set out the savings proposals.",
                ["Staff considerations"] = " ",
            },
        };

        var unreferenced = await editor.WriteAsync(item.Value.Id, draft, "clerk", Token);
        var unplanned = await editor.WriteAsync(item.Value.Id, draft with { ForwardPlanReference = "CAS099/13" }, "clerk", Token);
        var planned = await editor.WriteAsync(item.Value.Id, draft with { ForwardPlanReference = "CAS013/13" }, "clerk", Token);

        Assert.Equal("5.1", item.Value.Number);
        Assert.Equal(DecisionType.KeyDecision, item.Value.DecisionType);
        Assert.Equal("forward-plan-reference", unreferenced.Problem!.Code);
        Assert.Contains("not on the forward plan", unplanned.Problem!.Message, StringComparison.Ordinal);
        Assert.True(planned.Succeeded);
        await using var read = database.NewContext();
        var saved = await read.AgendaItems.Include(i => i.Sections).SingleAsync(i => i.Id == item.Value.Id, Token);
        Assert.Equal("CAS013/13", saved.ForwardPlanReference);
        Assert.Equal(["Purpose of report", "Financial considerations"], saved.Sections.OrderBy(s => s.Position).Select(s => s.Heading));
    }

    [Theory]
    [BothDatabases]
    public async Task A_paper_built_from_a_report_Beacon_cannot_make_is_refused_when_written_not_when_published(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var (editor, _) = Services(db);
        var meeting = await editor.ScheduleAsync(await CommitteeAsync(db), October, "Council Chamber", "clerk", Token);
        var item = await editor.AddAsync(meeting.Value.Id, AgendaSection.ForInformation, "Fostering", null, "clerk", Token);
        var apologies = meeting.Value.Items.First(i => i.Section == AgendaSection.Apologies);

        var missing = await editor.WriteAsync(
            item.Value.Id,
            new AgendaItemDraft
            {
                Title = "Fostering Service Quarterly Report",
                Source = PaperSource.FosteringQuarter,
                SourceParameters = "2099-Q1",
            },
            "clerk",
            Token
        );
        var business = await editor.WriteAsync(
            apologies.Id,
            new AgendaItemDraft { Title = "Apologies", Source = PaperSource.FosteringQuarter },
            "clerk",
            Token
        );

        Assert.Equal("source-parameters", missing.Problem!.Code);
        Assert.Contains("2099-Q1", missing.Problem.Message, StringComparison.Ordinal);
        Assert.Equal("source", business.Problem!.Code);
    }

    [Theory]
    [BothDatabases]
    public async Task A_local_profile_is_a_paper_for_an_authority_Beacon_knows_and_not_for_one_it_does_not(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var (editor, _) = Services(db);
        var meeting = await editor.ScheduleAsync(await CommitteeAsync(db), October, "Council Chamber", "clerk", Token);
        var item = await editor.AddAsync(meeting.Value.Id, AgendaSection.ForInformation, "Local profile", null, "clerk", Token);
        AgendaItemDraft Profile(string of) =>
            new()
            {
                Title = "Hartlepool's local profile",
                Source = PaperSource.LocalProfile,
                SourceParameters = of,
            };

        var unknown = await editor.WriteAsync(item.Value.Id, Profile("999;2024"), "clerk", Token);
        var hartlepool = await editor.WriteAsync(item.Value.Id, Profile("805;2024"), "clerk", Token);

        Assert.Equal("source-parameters", unknown.Problem!.Code);
        Assert.Contains("999;2024", unknown.Problem.Message, StringComparison.Ordinal);
        Assert.True(hartlepool.Succeeded);
    }

    [Theory]
    [BothDatabases]
    public async Task An_item_added_after_publishing_is_a_supplement_kept_out_of_the_pack_until_it_is_published_and_then_fixed(
        DatabaseProvider provider
    )
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var (editor, recorder) = Services(db);
        var meeting = await editor.ScheduleAsync(await CommitteeAsync(db), October, "Council Chamber", "clerk", Token);
        await recorder.PublishAsync(meeting.Value.Id, "clerk", Token);

        var late = await editor.AddAsync(meeting.Value.Id, AgendaSection.ForInformation, "Late report", null, "clerk", Token);
        var before = await PackTitlesAsync(db, meeting.Value.Id);
        var published = await recorder.PublishSupplementAsync(late.Value.Id, "clerk", Token);
        var after = await PackTitlesAsync(db, meeting.Value.Id);
        var rewritten = await editor.WriteAsync(late.Value.Id, new AgendaItemDraft { Title = "Changed" }, "clerk", Token);

        Assert.True(late.Value.IsSupplement);
        Assert.DoesNotContain("Late report", before);
        Assert.True(published.Succeeded);
        Assert.Contains("Late report", after);
        Assert.Contains("fixed", rewritten.Problem!.Message, StringComparison.Ordinal);
        Assert.Contains("Supplement published", await db.AuditEntries.Select(a => a.Reason).ToListAsync(Token));
    }

    [Theory]
    [BothDatabases]
    public async Task Taking_an_item_off_the_agenda_moves_the_items_after_it_up_a_place(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var (editor, _) = Services(db);
        var meeting = await editor.ScheduleAsync(await CommitteeAsync(db), October, "Council Chamber", "clerk", Token);
        var items = new List<AgendaItem>();
        foreach (var title in new[] { "Ofsted outcomes", "Fostering", "Achievement" })
        {
            items.Add((await editor.AddAsync(meeting.Value.Id, AgendaSection.ForInformation, title, null, "clerk", Token)).Value);
        }

        var removed = await editor.RemoveAsync(items[0].Id, "clerk", Token);

        Assert.True(removed.Succeeded);
        await using var read = database.NewContext();
        var left = await read.AgendaItems.Where(i => i.Section == AgendaSection.ForInformation).OrderBy(i => i.Position).ToListAsync(Token);
        Assert.Equal(["7.1 Fostering", "7.2 Achievement"], left.Select(i => $"{i.Number} {i.Title}"));
    }

    [Theory]
    [BothDatabases]
    public async Task A_scheduled_topic_of_the_work_programme_is_drawn_into_its_meetings_agenda_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var (editor, _) = Services(db);
        var committee = await CommitteeAsync(db);
        var topic = new WorkProgrammeTopic
        {
            CommitteeId = committee,
            MunicipalYear = 2013,
            Subject = "Child sexual exploitation",
            Lead = "Director of Safeguarding",
            PlannedFor = DateOnly.FromDateTime(October),
            Status = TopicStatus.Scheduled,
        };
        db.WorkProgramme.Add(topic);
        await db.SaveChangesAsync(Token);

        var unscheduledMeeting = await editor.DrawAsync(topic.Id, "clerk", Token);
        await editor.ScheduleAsync(committee, October, "Town Hall", "clerk", Token);
        var drawn = await editor.DrawAsync(topic.Id, "clerk", Token);
        var twice = await editor.DrawAsync(topic.Id, "clerk", Token);

        Assert.Contains("schedule the meeting first", unscheduledMeeting.Problem!.Message, StringComparison.Ordinal);
        Assert.Equal(
            ("7.1", "Child sexual exploitation", "Director of Safeguarding"),
            (drawn.Value.Number, drawn.Value.Title, drawn.Value.ReportOf)
        );
        Assert.Contains("already on the agenda", twice.Problem!.Message, StringComparison.Ordinal);
        await using var read = database.NewContext();
        Assert.Equal(drawn.Value.Id, (await read.WorkProgramme.SingleAsync(Token)).AgendaItemId);
    }

    [Theory]
    [BothDatabases]
    public async Task Attendance_in_approved_minutes_changes_only_with_a_reason(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var (editor, recorder) = Services(db);
        var meeting = await editor.ScheduleAsync(await CommitteeAsync(db), October, "Council Chamber", "clerk", Token);
        await editor.RecordAttendanceAsync(meeting.Value.Id, "Councillor Simmons (In the Chair)", null, null, null, "clerk", Token);
        await recorder.ApproveMinutesAsync(meeting.Value.Id, "clerk", Token);

        var unexplained = await editor.RecordAttendanceAsync(
            meeting.Value.Id,
            "Councillor Simmons",
            "Councillor Fleet",
            null,
            null,
            "clerk",
            Token
        );
        var explained = await editor.RecordAttendanceAsync(
            meeting.Value.Id,
            "Councillor Simmons",
            "Councillor Fleet",
            null,
            "Councillor Fleet's apologies were received before the meeting",
            "clerk",
            Token
        );

        Assert.Equal("reason", unexplained.Problem!.Code);
        Assert.True(explained.Succeeded);
        await using var read = database.NewContext();
        Assert.Equal("Councillor Fleet", (await read.Meetings.SingleAsync(Token)).Apologies);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static (AgendaEditor Editor, MeetingRecorder Recorder) Services(BeaconDbContext db) =>
        (
            new AgendaEditor(db, Options.Create(new BeaconSiteOptions()), TimeProvider.System),
            new MeetingRecorder(db, Options.Create(new BeaconSiteOptions()), TimeProvider.System)
        );

    private static async Task<int> CommitteeAsync(BeaconDbContext db)
    {
        var committee = new Committee { Name = "Children's Services Committee" };
        db.Committees.Add(committee);
        db.ForwardPlan.Add(
            new ForwardPlanEntry
            {
                Reference = "CAS013/13",
                Decision = "Savings proposals for early intervention services",
                DecisionMaker = "Children's Services Committee",
                DecisionDate = DateOnly.FromDateTime(October),
            }
        );
        db.ReportTemplate.AddRange(
            new ReportTemplateSection { Position = 1, Heading = "Purpose of report" },
            new ReportTemplateSection { Position = 2, Heading = "Financial considerations" },
            new ReportTemplateSection
            {
                Position = 3,
                Heading = "Staff considerations",
                WhenEmpty = "There are no staff considerations.",
            }
        );
        await db.SaveChangesAsync(Token);
        return committee.Id;
    }

    private static async Task<IReadOnlyList<string>> PackTitlesAsync(BeaconDbContext db, int meetingId)
    {
        var pack = await AgendaPacks.BuildAsync(db, meetingId, PackPart.Public, "Hartlepool Borough Council", Token);
        return [.. pack!.Sections.SelectMany(s => s.Items).Select(i => i.Title)];
    }
}
