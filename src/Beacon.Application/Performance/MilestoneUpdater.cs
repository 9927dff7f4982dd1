using Beacon.Data;
using Beacon.Domain;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Performance;

/// <summary>
/// Saves a milestone's quarter from its one form: the rating, judged against Beacon's proposal, and commentary, in one
/// transaction. Both are checked before anything is written, so a refused form changes nothing and keeps what was typed.
/// </summary>
public sealed class MilestoneUpdater(BeaconDbContext db, ProgressRecorder progress, TimeProvider clock)
{
    /// <summary>Saves what the form holds; the problem's details name each field to put right.</summary>
    /// <returns>The parts saved, of "rating" and "commentary", in that order.</returns>
    public async Task<Result<IReadOnlyList<string>>> SaveAsync(
        int milestoneId,
        FinancialQuarter quarter,
        ProgressRating? rating,
        string? reason,
        string? commentary,
        string decidedBy,
        CancellationToken cancellationToken
    )
    {
        var milestone = await db.Milestones.AsNoTracking().SingleOrDefaultAsync(m => m.Id == milestoneId, cancellationToken);
        if (milestone is null)
        {
            return Result.Failure("not-found", $"No milestone {milestoneId}");
        }

        var hasCommentary = !string.IsNullOrWhiteSpace(commentary);
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var proposal = Proposal(milestone, quarter);
        var problems = new List<Problem>();
        if (rating is null && !hasCommentary)
        {
            problems.Add(new("Rating", $"Choose a rating or write commentary for {quarter.DisplayName}"));
        }

        if (rating is { } chosen && DepartureFromProposal.IsUnexplained(proposal, chosen, why))
        {
            problems.Add(new("Reason", $"Give a reason for rating it {chosen} when Beacon proposes {proposal}"));
        }

        if (Result.Combine(problems) is { } refused)
        {
            return refused;
        }

        var saved = new List<string>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (rating is { } given)
        {
            var basis = proposal is null ? null : "the due date has passed or the milestone is complete";
            var rated = await progress.RateAsync(JudgementSubject.Milestone, milestoneId, quarter, given, proposal, basis, why, decidedBy);
            if (!rated.Succeeded)
            {
                return rated.Problem!;
            }

            saved.Add("rating");
        }

        if (hasCommentary)
        {
            await progress.CommentAsync(JudgementSubject.Milestone, milestoneId, quarter, commentary!, milestone.LeadOfficerInitials);
            saved.Add("commentary");
        }

        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>
    /// Beacon's proposal for the milestone as it stood at the end of the quarter being reported (or today, for the
    /// quarter under way): only where the due date has passed or it is complete.
    /// </summary>
    public ProgressRating? Proposal(Data.Performance.Milestone milestone, FinancialQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var asAt = quarter.LastDay < today ? quarter.LastDay : today;
        return MilestoneProgressRule.Propose(milestone.DueDate, milestone.CompletedOn, asAt);
    }
}
