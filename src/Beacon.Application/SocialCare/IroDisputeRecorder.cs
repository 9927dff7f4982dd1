using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain;
using Beacon.Domain.SocialCare;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SocialCare;

/// <summary>
/// IRO disputes through the formal resolution process: raised about a child's plan, escalated stage by stage with
/// why, and resolved with the outcome. Child-level; every step is audited.
/// </summary>
public sealed class IroDisputeRecorder(BeaconDbContext db, TimeProvider clock)
{
    /// <summary>The problem's code where the dispute is not an open one.</summary>
    public const string NotOpen = "not-open";

    /// <summary>Raises a dispute at the first stage; its id.</summary>
    public async Task<Result<long>> RaiseAsync(
        string? childId,
        string? raisedBy,
        string? concern,
        string recordedBy,
        CancellationToken cancellationToken
    )
    {
        if (
            RequiredText.Missing(
                (nameof(IroDispute.ChildId), childId, "Enter the child's unique ID"),
                (nameof(IroDispute.RaisedBy), raisedBy, "Enter the IRO who raised the dispute"),
                (nameof(IroDispute.Concern), concern, "Enter what the IRO is disputing about the child's plan")
            ) is
            { } missing
        )
        {
            return missing;
        }

        var dispute = new IroDispute
        {
            ChildId = childId!.Trim(),
            RaisedBy = raisedBy!.Trim(),
            RaisedOn = Today(),
            Concern = concern!.Trim(),
        };
        // The dispute and its first stage together: the stage needs the dispute's key.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.IroDisputes.Add(dispute);
        db.AuditScope.Reason = "IRO dispute raised";
        await db.SaveChangesAsync(cancellationToken);
        db.IroDisputeSteps.Add(Step(dispute.Id, 1, "raised", recordedBy));
        db.AuditScope.Reason = "IRO dispute raised";
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return dispute.Id;
    }

    /// <summary>Takes an open dispute to the next of the authority's stages, with why; never past the last.</summary>
    public async Task<Result> EscalateAsync(
        long disputeId,
        string? why,
        IReadOnlyList<DisputeStage> stages,
        string recordedBy,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(stages);
        if (await OpenAsync(disputeId, cancellationToken) is not { } dispute)
        {
            return Result.Failure(NotOpen, "There is no open dispute with that number");
        }

        var stage = await db.IroDisputeSteps.Where(s => s.DisputeId == dispute.Id).MaxAsync(s => s.Stage, cancellationToken);
        if (stage >= stages.Count)
        {
            return Result.Failure("last-stage", "The dispute is at the last stage: resolve it, or the IRO refers it to Cafcass");
        }

        if (RequiredText.Missing(("note", why, "Enter why the dispute goes to the next stage")) is { } missing)
        {
            return missing.Details[0];
        }

        db.IroDisputeSteps.Add(Step(dispute.Id, stage + 1, why!.Trim(), recordedBy));
        db.AuditScope.Reason = why.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>Records how an open dispute was resolved.</summary>
    public async Task<Result> ResolveAsync(long disputeId, string? outcome, CancellationToken cancellationToken)
    {
        if (await OpenAsync(disputeId, cancellationToken) is not { } dispute)
        {
            return Result.Failure(NotOpen, "There is no open dispute with that number");
        }

        if (RequiredText.Missing(("note", outcome, "Enter how the dispute was resolved")) is { } missing)
        {
            return missing.Details[0];
        }

        dispute.ResolvedOn = Today();
        dispute.Outcome = outcome!.Trim();
        db.AuditScope.Reason = "IRO dispute resolved";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    private Task<IroDispute?> OpenAsync(long disputeId, CancellationToken cancellationToken) =>
        db.IroDisputes.FirstOrDefaultAsync(d => d.Id == disputeId && d.ResolvedOn == null, cancellationToken);

    private IroDisputeStep Step(long dispute, int stage, string note, string recordedBy) =>
        new()
        {
            DisputeId = dispute,
            Stage = stage,
            StartedOn = Today(),
            RecordedBy = recordedBy,
            Note = note,
        };

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
