using Beacon.Data;
using Beacon.Data.Protocol;
using Beacon.Domain;
using Beacon.Domain.Protocol;
using Beacon.Domain.Schools;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Protocol;

/// <summary>
/// A school's records on the support continuum: Focus and Officer Groups, their meetings and an Officer Group's
/// keeping-in-touch meetings, the Focus Group's tapering, agreed actions, and Warning Notices for a maintained school or
/// a referral to the Regional Schools Commissioner for an academy. Each problem is coded by the support page's field it is about. Every record is audited.
/// </summary>
public sealed class SupportRecorder(BeaconDbContext db, TimeProvider clock)
{
    /// <summary>The problem's code where the action or group is not the school's.</summary>
    public const string NotFound = "not-found";

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
                (SupportRhythm.Frequencies.Any(f => f.Days == meetEveryDays), "group-frequency", "Select how often the group meets"),
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

    /// <summary>A group's meeting, or (for an Officer Group) a keeping-in-touch meeting with a senior LA officer.</summary>
    public async Task<Result> RecordMeetingAsync(
        int urn,
        int groupId,
        DateOnly? heldOn,
        string? progress,
        bool keepingInTouch,
        CancellationToken cancellationToken
    )
    {
        var kind = await db
            .SupportGroups.Where(g => g.Id == groupId && g.Urn == urn)
            .Select(g => (SupportGroupKind?)g.Kind)
            .SingleOrDefaultAsync(cancellationToken);
        return await SaveAsync(
            [
                (kind is not null, "meeting-group", "Select the group that met"),
                (
                    !keepingInTouch || kind != SupportGroupKind.FocusGroup,
                    "meeting-group",
                    "Keeping-in-touch meetings are an Officer Group's; select an Officer Group"
                ),
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
                        IsKeepingInTouch = keepingInTouch,
                    }
                ),
            keepingInTouch ? "keeping-in-touch meeting" : "support meeting",
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

    /// <summary>A Warning Notice under section 60, which only a maintained school can be given.</summary>
    public async Task<Result> IssueNoticeAsync(
        int urn,
        DateOnly? issuedOn,
        string? grounds,
        DateOnly? responseDue,
        CancellationToken cancellationToken
    ) =>
        await SaveAsync(
            [
                (
                    !await IsAcademyAsync(urn, cancellationToken),
                    "notice-date",
                    "The local authority cannot give an academy a Warning Notice; refer it to the Regional Schools Commissioner instead"
                ),
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

    /// <summary>An academy referred to the Regional Schools Commissioner, in place of a Warning Notice.</summary>
    public async Task<Result> ReferToCommissionerAsync(
        int urn,
        DateOnly? referredOn,
        string? grounds,
        CancellationToken cancellationToken
    ) =>
        await SaveAsync(
            [
                (
                    await IsAcademyAsync(urn, cancellationToken),
                    "referral-date",
                    "Only an academy is referred to the Regional Schools Commissioner; give a maintained school a Warning Notice"
                ),
                (referredOn is not null, "referral-date", "Enter the date of the referral"),
                (!string.IsNullOrWhiteSpace(grounds), "referral-grounds", "Enter the grounds for the referral"),
            ],
            () =>
                db.CommissionerReferrals.Add(
                    new CommissionerReferral
                    {
                        Urn = urn,
                        ReferredOn = referredOn!.Value,
                        Grounds = grounds!.Trim(),
                    }
                ),
            "referred to the Regional Schools Commissioner",
            cancellationToken
        );

    /// <summary>Moves a Focus Group to the protocol's next, less frequent step: monthly, then half-termly.</summary>
    public async Task<Result> TaperAsync(int urn, int groupId, CancellationToken cancellationToken)
    {
        if (await db.SupportGroups.SingleOrDefaultAsync(g => g.Id == groupId && g.Urn == urn, cancellationToken) is not { } group)
        {
            return Result.Failure(NotFound, "The school has no such group");
        }

        if (SupportRhythm.NextStep(group.Kind, group.MeetEveryDays) is not { } next)
        {
            return Result.Failure("group-frequency", $"The {SupportFlags.Name(group.Kind)} already meets as seldom as the protocol allows");
        }

        group.MeetEveryDays = next.Days;
        db.AuditScope.Reason = $"meets {next.Name.ToLowerInvariant()} from now";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

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

    private async Task<bool> IsAcademyAsync(int urn, CancellationToken cancellationToken) =>
        EstablishmentTypes.IsAcademy(await db.Schools.Where(s => s.Urn == urn).Select(s => s.Type).SingleOrDefaultAsync(cancellationToken));

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
