using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Performance;

/// <summary>
/// Records an officer's progress rating or commentary on an indicator or milestone, the same way for both:
/// a departure from Beacon's proposal needs a reason, and the audit trail keeps it.
/// </summary>
public sealed class ProgressRecorder(BeaconDbContext db, TimeProvider clock)
{
    /// <summary>Records the rating, unless it departs from Beacon's proposal without a reason.</summary>
    public async Task<Result> RateAsync(
        JudgementSubject subject,
        int id,
        FinancialQuarter quarter,
        ProgressRating rating,
        ProgressRating? proposed,
        string? proposalReason,
        string? reason,
        string decidedBy
    )
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (DepartureFromProposal.IsUnexplained(proposed, rating, reason))
        {
            return Result.Failure(DepartureFromProposal.Code, $"Give a reason for rating it {rating} when Beacon proposes {proposed}");
        }

        var judgement = await db.ProgressJudgements.SingleOrDefaultAsync(j =>
            j.SubjectType == subject.ToString() && j.SubjectId == id && j.Year == quarter.StartYear && j.Quarter == quarter.Quarter
        );
        if (judgement is null)
        {
            judgement = new ProgressJudgement
            {
                SubjectType = subject.ToString(),
                SubjectId = id,
                Year = quarter.StartYear,
                Quarter = quarter.Quarter,
            };
            db.ProgressJudgements.Add(judgement);
        }

        judgement.ProposedRating = proposed;
        judgement.Rating = rating;
        judgement.Reason = reason;
        judgement.DecidedBy = decidedBy;
        judgement.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.AuditScope.Reason =
            reason ?? (proposed is null ? "Rated by the responsible officer" : $"Accepted Beacon's proposal: {proposalReason}");
        await db.SaveChangesAsync();
        return Result.Done;
    }

    /// <summary>Adds commentary signed with the lead officer's initials.</summary>
    public async Task CommentAsync(JudgementSubject subject, int id, FinancialQuarter quarter, string text, string initials)
    {
        db.Commentaries.Add(
            new Commentary
            {
                SubjectType = subject.ToString(),
                SubjectId = id,
                Year = quarter.StartYear,
                Quarter = quarter.Quarter,
                Text = text.Trim(),
                Initials = initials,
            }
        );
        db.AuditScope.Reason = "Commentary added";
        await db.SaveChangesAsync();
    }
}
