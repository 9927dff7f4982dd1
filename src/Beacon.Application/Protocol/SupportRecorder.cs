using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain;
using Beacon.Domain.Protocol;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Protocol;

/// <summary>
/// A school's records on the support continuum: Focus and Officer Groups and their meetings, agreed actions and
/// Warning Notices. Each problem is coded by the support page's field it is about. Every record is audited.
/// </summary>
public sealed class SupportRecorder(BeaconDbContext db, TimeProvider clock)
{
    /// <summary>The problem's code where the action or group is not the school's.</summary>
    public const string NotFound = "not-found";

    /// <summary>The frequencies the protocol names, in days.</summary>
    public static readonly IReadOnlyList<(int Days, string Name)> Frequencies =
    [
        (7, "Weekly"),
        (14, "Fortnightly"),
        (21, "Every three weeks"),
        (42, "Half-termly"),
    ];

    public Task<Result> StartGroupAsync(
        int urn,
        string? kind,
        string? chair,
        string? members,
        int meetEveryDays,
        string? remit,
        DateOnly? startedOn,
        CancellationToken cancellationToken
    )
    {
        SupportGroupKind? parsed = Enum.TryParse<SupportGroupKind>(kind, out var k) && Enum.IsDefined(k) ? k : null;
        return SaveAsync(
            [
                (parsed is not null, "group-kind", "Select a Focus Group or an Officer Group"),
                (!string.IsNullOrWhiteSpace(chair), "group-chair", "Enter who chairs the group"),
                (Frequencies.Any(f => f.Days == meetEveryDays), "group-frequency", "Select how often the group meets"),
                (startedOn is not null, "group-date", "Enter the date the group starts"),
            ],
            () =>
                db.SupportGroups.Add(
                    new SupportGroup
                    {
                        Urn = urn,
                        Kind = parsed!.Value,
                        Chair = chair!.Trim(),
                        Members = members?.Trim() ?? "",
                        MeetEveryDays = meetEveryDays,
                        Remit = remit?.Trim() ?? "",
                        StartedOn = startedOn!.Value,
                    }
                ),
            "support group started",
            cancellationToken
        );
    }

    public async Task<Result> RecordMeetingAsync(
        int urn,
        int groupId,
        DateOnly? heldOn,
        string? progress,
        CancellationToken cancellationToken
    )
    {
        var isTheSchools = await db.SupportGroups.AnyAsync(g => g.Id == groupId && g.Urn == urn, cancellationToken);
        return await SaveAsync(
            [
                (isTheSchools, "meeting-group", "Select the group that met"),
                (heldOn is not null, "meeting-date", "Enter the date of the meeting"),
                (!string.IsNullOrWhiteSpace(progress), "meeting-progress", "Enter the progress the meeting found"),
            ],
            () =>
                db.SupportMeetings.Add(
                    new SupportMeeting
                    {
                        GroupId = groupId,
                        HeldOn = heldOn!.Value,
                        Progress = progress!.Trim(),
                    }
                ),
            "support meeting",
            cancellationToken
        );
    }

    public Task<Result> AddActionAsync(int urn, string? text, string? owner, DateOnly? dueOn, CancellationToken cancellationToken) =>
        SaveAsync(
            [
                (!string.IsNullOrWhiteSpace(text), "action-text", "Enter the action"),
                (!string.IsNullOrWhiteSpace(owner), "action-owner", "Enter who owns the action"),
                (dueOn is not null, "action-date", "Enter the date the action is due"),
            ],
            () =>
                db.SupportActions.Add(
                    new SupportAction
                    {
                        Urn = urn,
                        Text = text!.Trim(),
                        Owner = owner!.Trim(),
                        DueOn = dueOn!.Value,
                    }
                ),
            "support action",
            cancellationToken
        );

    public Task<Result> IssueNoticeAsync(
        int urn,
        DateOnly? issuedOn,
        string? grounds,
        DateOnly? responseDue,
        CancellationToken cancellationToken
    ) =>
        SaveAsync(
            [
                (issuedOn is not null, "notice-date", "Enter the date the notice was issued"),
                (!string.IsNullOrWhiteSpace(grounds), "notice-grounds", "Enter the grounds for the notice"),
                (
                    responseDue is { } due && issuedOn is { } issued && due > issued,
                    "notice-due",
                    "Enter the date a response is due, after the notice is issued"
                ),
            ],
            () =>
                db.WarningNotices.Add(
                    new WarningNotice
                    {
                        Urn = urn,
                        IssuedOn = issuedOn!.Value,
                        Grounds = grounds!.Trim(),
                        ResponseDue = responseDue!.Value,
                    }
                ),
            "warning notice",
            cancellationToken
        );

    /// <summary>Closes one of the school's actions as done today.</summary>
    public async Task<Result> CompleteActionAsync(int urn, int actionId, CancellationToken cancellationToken)
    {
        if (await db.SupportActions.SingleOrDefaultAsync(a => a.Id == actionId && a.Urn == urn, cancellationToken) is not { } action)
        {
            return Result.Failure(NotFound, "The school has no such action");
        }

        action.CompletedOn ??= Today();
        db.AuditScope.Reason = "support action done";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>Ends one of the school's groups today.</summary>
    public async Task<Result> EndGroupAsync(int urn, int groupId, CancellationToken cancellationToken)
    {
        if (await db.SupportGroups.SingleOrDefaultAsync(g => g.Id == groupId && g.Urn == urn, cancellationToken) is not { } group)
        {
            return Result.Failure(NotFound, "The school has no such group");
        }

        group.EndedOn ??= Today();
        db.AuditScope.Reason = "support group ended";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    private async Task<Result> SaveAsync(
        IReadOnlyList<(bool Ok, string Field, string Message)> checks,
        Action add,
        string reason,
        CancellationToken cancellationToken
    )
    {
        if (Result.Combine([.. checks.Where(c => !c.Ok).Select(c => Result.Failure(c.Field, c.Message))]) is { } problem)
        {
            return problem;
        }

        add();
        db.AuditScope.Reason = reason;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
