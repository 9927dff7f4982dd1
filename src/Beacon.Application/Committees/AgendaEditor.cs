using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain;
using Beacon.Domain.Committees;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Application.Committees;

/// <summary>
/// How democratic services build an agenda before it is published, each change audited: schedule a meeting with
/// the business of every meeting, add items by section, write each paper in the report template, take topics
/// from the work programme, and record who came. A published paper is fixed; a late one is a supplement.
/// </summary>
public sealed class AgendaEditor(BeaconDbContext db, IOptions<BeaconSiteOptions> site, TimeProvider clock)
{
    /// <summary>A new meeting of the committee, with apologies, declarations and the last meeting's minutes on its agenda.</summary>
    public async Task<Result<Meeting>> ScheduleAsync(
        int committeeId,
        DateTime startsAt,
        string? venue,
        string actor,
        CancellationToken cancellationToken = default
    )
    {
        if (!await db.Committees.AnyAsync(c => c.Id == committeeId, cancellationToken))
        {
            return Result.Failure("not-found", "There is no such committee.");
        }

        var day = startsAt.Date;
        var clash = await db.Meetings.AnyAsync(
            m => m.CommitteeId == committeeId && m.StartsAt >= day && m.StartsAt < day.AddDays(1),
            cancellationToken
        );
        var problems = new List<Problem>();
        if (clash)
        {
            problems.Add(new Problem("starts-on", $"The committee already meets on {MeetingDay(startsAt)}: choose another day."));
        }

        if (string.IsNullOrWhiteSpace(venue))
        {
            problems.Add(new Problem("venue", "Enter where the meeting is held."));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var last = await db
            .Meetings.Where(m => m.CommitteeId == committeeId && m.StartsAt < startsAt)
            .OrderByDescending(m => m.StartsAt)
            .Select(m => (DateTime?)m.StartsAt)
            .FirstOrDefaultAsync(cancellationToken);
        var meeting = new Meeting
        {
            CommitteeId = committeeId,
            StartsAt = DateTime.SpecifyKind(startsAt, DateTimeKind.Utc),
            Venue = venue!.Trim(),
        };
        meeting.Items.Add(Business(AgendaSection.Apologies, AgendaSection.Apologies.Heading()));
        meeting.Items.Add(Business(AgendaSection.Declarations, AgendaSection.Declarations.Heading()));
        if (last is { } previous)
        {
            meeting.Items.Add(Business(AgendaSection.Minutes, $"To confirm the minutes of the meeting held on {MeetingDay(previous)}"));
        }

        db.Meetings.Add(meeting);
        db.AuditScope.Actor = actor;
        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    /// <summary>
    /// Puts an item at the end of its section. Added to a published agenda it is a supplement, which readers see
    /// once it is published in its turn.
    /// </summary>
    public async Task<Result<AgendaItem>> AddAsync(
        int meetingId,
        AgendaSection section,
        string? title,
        string? reportOf,
        string actor,
        CancellationToken cancellationToken = default
    )
    {
        var meeting = await db.Meetings.Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return Result.Failure("not-found", "There is no such meeting.");
        }

        if (meeting.MinutesLocked)
        {
            return Result.Failure("title", "The meeting's minutes are approved: its agenda can no longer change.");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return Result.Failure("title", "Enter the item's title.");
        }

        var item = new AgendaItem
        {
            Section = section,
            Position = meeting.Items.Where(i => i.Section == section).Select(i => i.Position).DefaultIfEmpty().Max() + 1,
            Title = title.Trim(),
            ReportOf = string.IsNullOrWhiteSpace(reportOf) ? null : reportOf.Trim(),
            DecisionType = section switch
            {
                AgendaSection.KeyDecisions => DecisionType.KeyDecision,
                AgendaSection.BudgetAndPolicyFramework or AgendaSection.OtherDecisions => DecisionType.NonKey,
                _ => DecisionType.ForInformation,
            },
            IsSupplement = meeting.IsPublished,
        };
        meeting.Items.Add(item);
        db.AuditScope.Actor = actor;
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    /// <summary>Writes an unpublished item's paper; refused, field by field, where the paper could not go before the committee.</summary>
    public async Task<Result> WriteAsync(int itemId, AgendaItemDraft draft, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var item = await db.AgendaItems.Include(i => i.Sections).SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return Result.Failure("not-found", "There is no such agenda item.");
        }

        if (item.IsPublished)
        {
            return Result.Failure("title", $"Item {item.Number} is published and its paper fixed: add a supplement instead.");
        }

        var problems = await CheckAsync(item, draft, cancellationToken);
        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        item.Title = draft.Title.Trim();
        item.ReportOf = Text(draft.ReportOf);
        item.DecisionType = draft.DecisionType;
        item.ForwardPlanReference = draft.DecisionType == DecisionType.KeyDecision ? draft.ForwardPlanReference!.Trim() : null;
        item.ExemptParagraph = item.Section == AgendaSection.ExemptItems ? draft.ExemptParagraph : null;
        item.ExemptPartParagraph = draft.Source == PaperSource.TermlyCategorisation ? draft.ExemptPartParagraph ?? 1 : null;
        item.Source = draft.Source;
        item.SourceParameters = draft.Source == PaperSource.Written ? null : draft.SourceParameters!.Trim();
        item.Recommendations = draft.Recommendations.Trim();
        item.ReasonsForRecommendations = Text(draft.ReasonsForRecommendations);
        item.BackgroundPapers = Text(draft.BackgroundPapers);
        item.ContactOfficer = Text(draft.ContactOfficer);
        await WriteSectionsAsync(item, draft.Sections, cancellationToken);
        db.AuditScope.Actor = actor;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>Takes an unpublished item off the agenda; the items after it in its section move up a place.</summary>
    public async Task<Result> RemoveAsync(int itemId, string actor, CancellationToken cancellationToken = default)
    {
        var item = await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return Result.Failure("not-found", "There is no such agenda item.");
        }

        if (item.IsPublished)
        {
            return Result.Failure("published", $"Item {item.Number} is published: it stays on the record.");
        }

        var after = await db
            .AgendaItems.Where(i => i.MeetingId == item.MeetingId && i.Section == item.Section && i.Position > item.Position)
            .OrderBy(i => i.Position)
            .ToListAsync(cancellationToken);
        // The topic it was drawn from goes back to be drawn again (a plain column: SQLite cannot add a foreign key in place).
        var topics = await db.WorkProgramme.Where(t => t.AgendaItemId == itemId).ToListAsync(cancellationToken);
        topics.ForEach(t => t.AgendaItemId = null);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AuditScope.Actor = actor;
        db.AgendaItems.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        // One place at a time, in order, so that the unique (meeting, section, position) index never sees two at once.
        foreach (var moved in after)
        {
            moved.Position--;
            db.AuditScope.Actor = actor;
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>Draws a work programme topic into the agenda of the committee's meeting on the day it is planned for.</summary>
    public async Task<Result<AgendaItem>> DrawAsync(int topicId, string actor, CancellationToken cancellationToken = default)
    {
        if (await db.WorkProgramme.FindAsync([topicId], cancellationToken) is not { } topic)
        {
            return Result.Failure("not-found", "There is no such topic.");
        }

        if (topic.AgendaItemId is not null)
        {
            return Result.Failure("topic", $"\"{topic.Subject}\" is already on the agenda.");
        }

        if (topic.PlannedFor is not { } day || topic.Status != TopicStatus.Scheduled)
        {
            return Result.Failure("topic", $"\"{topic.Subject}\" is not scheduled for a meeting: schedule it first.");
        }

        var from = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var meetingId = await db
            .Meetings.Where(m => m.CommitteeId == topic.CommitteeId && m.StartsAt >= from && m.StartsAt < from.AddDays(1))
            .Select(m => (int?)m.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (meetingId is null)
        {
            return Result.Failure(
                "topic",
                $"There is no meeting on {MeetingDay(from)} for \"{topic.Subject}\": schedule the meeting first."
            );
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = await AddAsync(meetingId.Value, AgendaSection.ForInformation, topic.Subject, topic.Lead, actor, cancellationToken);
        if (!added.Succeeded)
        {
            return added.Problem!;
        }

        topic.AgendaItemId = added.Value.Id;
        db.AuditScope.Actor = actor;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>Who came, apologies and declarations; once the minutes are approved only with a reason, which the audit keeps.</summary>
    public async Task<Result> RecordAttendanceAsync(
        int meetingId,
        string? present,
        string? apologies,
        string? declarations,
        string? reason,
        string actor,
        CancellationToken cancellationToken = default
    )
    {
        if (await db.Meetings.FindAsync([meetingId], cancellationToken) is not { } meeting)
        {
            return Result.Failure("not-found", "There is no such meeting.");
        }

        if (meeting.MinutesLocked && string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure("reason", "Enter why the approved minutes are corrected.");
        }

        meeting.Present = Text(present);
        meeting.Apologies = Text(apologies);
        meeting.Declarations = Text(declarations);
        db.AuditScope.Actor = actor;
        db.AuditScope.Reason = Text(reason);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    private async Task<List<Problem>> CheckAsync(AgendaItem item, AgendaItemDraft draft, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            problems.Add(new Problem("title", "Enter the item's title."));
        }

        if (draft.DecisionType == DecisionType.KeyDecision)
        {
            var reference = draft.ForwardPlanReference?.Trim();
            if (string.IsNullOrEmpty(reference))
            {
                problems.Add(
                    new Problem("forward-plan-reference", "Enter the key decision's forward plan reference, for example CAS013/13.")
                );
            }
            else if (!await db.ForwardPlan.AnyAsync(f => f.Reference == reference, cancellationToken))
            {
                problems.Add(
                    new Problem(
                        "forward-plan-reference",
                        $"\"{reference}\" is not on the forward plan: a key decision must be published there first."
                    )
                );
            }
        }

        if (
            item.Section == AgendaSection.ExemptItems
            && !(draft.ExemptParagraph is { } paragraph && ExemptParagraph.IsParagraph(paragraph))
        )
        {
            problems.Add(new Problem("exempt-paragraph", "Choose the paragraph of Schedule 12A that makes the item exempt."));
        }

        if (draft.ExemptPartParagraph is { } part && !ExemptParagraph.IsParagraph(part))
        {
            problems.Add(new Problem("exempt-part-paragraph", "Choose a paragraph of Schedule 12A from 1 to 7."));
        }

        if (draft.Source != PaperSource.Written)
        {
            if (!item.Section.HasPaper())
            {
                problems.Add(new Problem("source", $"{item.Section.Heading()} has no paper: choose \"Officer's written report\"."));
            }
            else if (string.IsNullOrWhiteSpace(draft.SourceParameters))
            {
                problems.Add(new Problem("source-parameters", "Enter what the report is of: a quarter, a review, a period or a year."));
            }
            else
            {
                // A report that cannot be built now would fail when the agenda is published: try it.
                var trial = new AgendaItem
                {
                    Section = item.Section,
                    Position = item.Position,
                    Source = draft.Source,
                    SourceParameters = draft.SourceParameters.Trim(),
                };
                var built = await PaperFreezer.FreezeAsync(db, trial, site.Value, clock.GetUtcNow().UtcDateTime, cancellationToken);
                if (!built.Succeeded)
                {
                    problems.Add(new Problem("source-parameters", built.Problem!.Message));
                }
            }
        }

        return problems;
    }

    private async Task WriteSectionsAsync(AgendaItem item, IReadOnlyDictionary<string, string> written, CancellationToken cancellationToken)
    {
        var template = await PaperSections.TemplateAsync(db, cancellationToken);
        var headings = PaperSections.Headings(template, written.Keys);
        item.Sections.Clear();
        foreach (var (heading, position) in headings.Select((h, i) => (h, i + 1)))
        {
            if (written.TryGetValue(heading, out var text) && !string.IsNullOrWhiteSpace(text))
            {
                item.Sections.Add(
                    new PaperSection
                    {
                        Position = position,
                        Heading = heading,
                        Text = text.Trim(),
                    }
                );
            }
        }
    }

    /// <summary>An item of the business of every meeting (apologies, declarations, minutes): no paper, no decision.</summary>
    internal static AgendaItem Business(AgendaSection section, string title, int position = 1) =>
        new()
        {
            Section = section,
            Position = position,
            Title = title,
            DecisionType = DecisionType.ForInformation,
        };

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string MeetingDay(DateTime startsAt) => Reports.Committees.MeetingTimes.Day(startsAt);
}
