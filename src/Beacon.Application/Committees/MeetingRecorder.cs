using Beacon.Data;
using Beacon.Data.Committees;
using Beacon.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beacon.Application.Committees;

/// <summary>
/// What democratic services do to a meeting, each audited: publish the agenda (which freezes its papers), record
/// resolutions and their actions, approve the minutes (which locks them), and correct them afterwards with a reason.
/// </summary>
public sealed class MeetingRecorder(BeaconDbContext db, IOptions<BeaconSiteOptions> site, TimeProvider clock)
{
    public async Task<Result> PublishAsync(int meetingId, string actor, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Meetings.Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return Result.Failure("not-found", "There is no such meeting.");
        }

        if (meeting.IsPublished)
        {
            return Result.Failure("published", "The agenda is already published: its papers are fixed. Add a late paper as a supplement.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var item in meeting.Items)
        {
            if (await FixAsync(item, now, cancellationToken) is { } problem)
            {
                return problem;
            }
        }

        meeting.PublishedAtUtc = now;
        db.AuditScope.Actor = actor;
        db.AuditScope.Reason = "Agenda published";
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>Publishes a supplement (an item added after the agenda was published), fixing its paper as publishing the agenda would.</summary>
    public async Task<Result> PublishSupplementAsync(int itemId, string actor, CancellationToken cancellationToken = default)
    {
        var item = await db.AgendaItems.Include(i => i.Meeting).SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return Result.Failure("not-found", "There is no such agenda item.");
        }

        if (item.IsPublished || !item.Meeting!.IsPublished)
        {
            return Result.Failure(
                "published",
                item.IsPublished ? $"Item {item.Number} is already published." : "Publish the agenda: its items are published with it."
            );
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await FixAsync(item, clock.GetUtcNow().UtcDateTime, cancellationToken) is { } problem)
        {
            return problem;
        }

        db.AuditScope.Actor = actor;
        db.AuditScope.Reason = "Supplement published";
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Done;
    }

    // Fixes an item's paper: the Beacon report it rests on is frozen as it stands, and the item goes before readers.
    private async Task<Problem?> FixAsync(AgendaItem item, DateTime now, CancellationToken cancellationToken)
    {
        if (item.Source != Domain.Committees.PaperSource.Written)
        {
            var frozen = await PaperFreezer.FreezeAsync(db, item, site.Value, now, cancellationToken);
            if (!frozen.Succeeded)
            {
                return frozen.Problem;
            }

            db.FrozenPapers.Add(frozen.Value);
        }

        item.PublishedAtUtc = now;
        return null;
    }

    /// <summary>Approving the minutes (at the next meeting) locks them: later corrections need a reason.</summary>
    public async Task<Result> ApproveMinutesAsync(int meetingId, string actor, CancellationToken cancellationToken = default)
    {
        if (await db.Meetings.FindAsync([meetingId], cancellationToken) is not { } meeting)
        {
            return Result.Failure("not-found", "There is no such meeting.");
        }

        if (meeting.MinutesLocked)
        {
            return Result.Failure("approved", "These minutes are already approved.");
        }

        meeting.MinutesApprovedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.AuditScope.Actor = actor;
        db.AuditScope.Reason = "Minutes approved as a correct record";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>Adds the item's next numbered resolution; refused once the minutes are approved.</summary>
    public async Task<Result<Resolution>> ResolveAsync(int itemId, string text, string actor, CancellationToken cancellationToken = default)
    {
        var item = await db
            .AgendaItems.Include(i => i.Meeting)
            .Include(i => i.Resolutions)
            .SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return Result.Failure("not-found", "There is no such agenda item.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Result.Failure("text", "Enter the resolution, starting \"That\".");
        }

        if (item.Meeting!.MinutesLocked)
        {
            return Result.Failure("text", "The minutes are approved and locked: correct a resolution, giving the reason, instead.");
        }

        var resolution = new Resolution { Number = item.Resolutions.Count + 1, Text = text.Trim() };
        item.Resolutions.Add(resolution);
        db.AuditScope.Actor = actor;
        await db.SaveChangesAsync(cancellationToken);
        return resolution;
    }

    /// <summary>Corrects a resolution's words; after approval only with a reason, which the audit trail keeps.</summary>
    public async Task<Result> CorrectAsync(
        int resolutionId,
        string text,
        string? reason,
        string actor,
        CancellationToken cancellationToken = default
    )
    {
        if (await db.Resolutions.FindAsync([resolutionId], cancellationToken) is not { } resolution)
        {
            return Result.Failure("not-found", "There is no such resolution.");
        }

        var locked = await db
            .AgendaItems.Where(i => i.Id == resolution.AgendaItemId)
            .Select(i => i.Meeting!.MinutesApprovedAtUtc != null)
            .SingleAsync(cancellationToken);
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new Problem("text", "Enter the resolution's corrected words."));
        }

        if (locked && string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(new Problem("reason", "Enter why the approved minutes are corrected."));
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        resolution.Text = text.Trim();
        db.AuditScope.Actor = actor;
        db.AuditScope.Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>
    /// Numbers the meeting's minutes in agenda order, carrying on from the committee's last minute number in the same
    /// municipal year (or from <paramref name="firstNumber"/> where Beacon holds none of the year's earlier minutes).
    /// </summary>
    public async Task<Result> NumberMinutesAsync(
        int meetingId,
        int firstNumber = 1,
        string actor = Data.Audit.AuditScope.System,
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
            return Result.Failure("first-number", "The minutes are approved: their numbers are fixed.");
        }

        if (meeting.StartsAt > clock.GetUtcNow().UtcDateTime)
        {
            return Result.Failure("first-number", "The meeting has not yet been held: number its minutes afterwards.");
        }

        var year = Domain.Committees.MunicipalYear.Of(DateOnly.FromDateTime(meeting.StartsAt));
        // The year's earlier meetings: from its first day up to this meeting, which the year holds.
        var from = year.FirstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var last = await db
            .AgendaItems.Where(i => i.Meeting!.CommitteeId == meeting.CommitteeId)
            .Where(i => i.Meeting!.StartsAt >= from && i.Meeting.StartsAt < meeting.StartsAt)
            .MaxAsync(i => i.MinuteNumber, cancellationToken);
        var next = last is { } n ? n + 1 : firstNumber;
        foreach (var item in meeting.Items.OrderBy(i => i.Section).ThenBy(i => i.Position))
        {
            item.MinuteNumber = next++;
        }

        db.AuditScope.Actor = actor;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>Marks a resolution's action done, so that the next meeting's matters arising show it closed.</summary>
    public async Task<Result> CompleteActionAsync(int actionId, string actor, CancellationToken cancellationToken = default)
    {
        if (await db.ResolutionActions.FindAsync([actionId], cancellationToken) is not { } action)
        {
            return Result.Failure("not-found", "There is no such action.");
        }

        action.DoneOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        db.AuditScope.Actor = actor;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }
}
