using Beacon.Data;
using Beacon.Data.SocialCare;
using Beacon.Domain;
using Beacon.Domain.SocialCare;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.SocialCare;

/// <summary>
/// Decisions under the flexible-assessment direction (seed 000's closing direction): a child's own assessment
/// timescale, set by the lead social worker, or the date of the initial child protection conference, set by the
/// social work manager; recorded with who decided, when and why, and reviewed weekly. Child-level; audited with the
/// reason.
/// </summary>
public sealed class FlexibleTimescaleRecorder(BeaconDbContext db, TimeProvider clock)
{
    /// <summary>The problem's code where there is no such direction.</summary>
    public const string NotFound = "not-found";

    /// <summary>Records a decision; every problem with it coded by its field.</summary>
    public async Task<Result<int>> DirectAsync(FlexibleDecisionDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (childId, decision, workingDays, conferenceOn, decidedBy, reason) = draft;
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(childId))
        {
            problems.Add(Result.Failure(nameof(FlexibleTimescaleRecord.ChildId), "Enter the child's unique ID"));
        }

        if (decision is null)
        {
            problems.Add(
                Result.Failure(
                    nameof(FlexibleTimescaleRecord.Decision),
                    "Select whether this sets an assessment's timescale or a conference date"
                )
            );
        }
        else if (decision == FlexibleDecision.AssessmentTimescale && workingDays is not (> 0 and <= 200))
        {
            problems.Add(Result.Failure(nameof(FlexibleTimescaleRecord.WorkingDays), "Enter the timescale in working days, from 1 to 200"));
        }
        else if (decision == FlexibleDecision.ConferenceDate && conferenceOn is null)
        {
            problems.Add(
                Result.Failure(nameof(FlexibleTimescaleRecord.ConferenceOn), "Enter the date of the initial child protection conference")
            );
        }

        if (
            RequiredText.Missing(
                (nameof(FlexibleTimescaleRecord.DecidedBy), decidedBy, "Enter who decided the timescale"),
                (nameof(FlexibleTimescaleRecord.Reason), reason, "Enter why the child needs a different timescale")
            ) is
            { } missing
        )
        {
            problems.AddRange(missing.Details);
        }

        if (Result.Combine(problems) is { } problem)
        {
            return problem;
        }

        var direction = new FlexibleTimescaleRecord
        {
            ChildId = childId!.Trim(),
            Decision = decision!.Value,
            WorkingDays = decision == FlexibleDecision.AssessmentTimescale ? workingDays : null,
            ConferenceOn = decision == FlexibleDecision.ConferenceDate ? conferenceOn : null,
            DecidedBy = decidedBy!.Trim(),
            DecidedOn = Today(),
            Reason = reason!.Trim(),
        };
        db.FlexibleTimescales.Add(direction);
        db.AuditScope.Reason = direction.Reason;
        await db.SaveChangesAsync(cancellationToken);
        return direction.Id;
    }

    /// <summary>Records a weekly review of a direction.</summary>
    public async Task<Result> ReviewAsync(int directionId, string? note, string reviewedBy, CancellationToken cancellationToken)
    {
        if (!await db.FlexibleTimescales.AnyAsync(d => d.Id == directionId, cancellationToken))
        {
            return Result.Failure(NotFound, "There is no direction with that number");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return Result.Failure("note", "Enter what the review found");
        }

        db.FlexibleTimescaleReviews.Add(
            new FlexibleTimescaleReview
            {
                TimescaleId = directionId,
                ReviewedOn = Today(),
                ReviewedBy = reviewedBy,
                Note = note.Trim(),
            }
        );
        db.AuditScope.Reason = "weekly review";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
