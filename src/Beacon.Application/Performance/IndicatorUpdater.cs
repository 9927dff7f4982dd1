using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Performance;

/// <summary>
/// Saves an indicator's quarter from its one form: the value, then the rating judged against the proposal that value
/// makes, then commentary, in one transaction. Every part is checked before anything is written, so a refused form
/// changes nothing and the officer keeps everything they typed.
/// </summary>
public sealed class IndicatorUpdater(BeaconDbContext db, IndicatorRecorder values, ProgressRecorder progress)
{
    /// <summary>Saves what the form holds; the problem's details name each field to put right.</summary>
    /// <returns>The parts saved, of "value", "rating" and "commentary", in that order.</returns>
    public async Task<Result<IReadOnlyList<string>>> SaveAsync(
        int indicatorId,
        FinancialQuarter quarter,
        IndicatorUpdate update,
        string decidedBy,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(update);
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == indicatorId, cancellationToken);
        if (indicator is null)
        {
            return Result.Failure("not-found", $"No indicator {indicatorId}");
        }

        var problems = new List<Problem>();
        var hasValue = !string.IsNullOrWhiteSpace(update.Value);
        var value = StatisticValue.Missing;
        if (hasValue && !StatisticValue.TryParse(update.Value, out value))
        {
            problems.Add(
                new(
                    "Value",
                    $"Enter the value as a number, or a symbol (c, x) where it may not be published (not '{update.Value!.Trim()}')"
                )
            );
        }

        var hasCommentary = !string.IsNullOrWhiteSpace(update.Commentary);
        if (!hasValue && update.Rating is null && !hasCommentary)
        {
            problems.Add(new("Value", $"Enter a value, choose a rating or write commentary for {quarter.DisplayName}"));
        }

        var proposal = await ProposalAsync(indicator, quarter, problems.Count == 0 && hasValue ? value : null, cancellationToken);
        var reason = string.IsNullOrWhiteSpace(update.Reason) ? null : update.Reason.Trim();
        if (update.Rating is { } chosen && DepartureFromProposal.IsUnexplained(proposal.Rating, chosen, reason))
        {
            problems.Add(new("Reason", $"Give a reason for rating it {chosen} when Beacon proposes {proposal.Rating}"));
        }

        if (Result.Combine(problems) is { } refused)
        {
            return refused;
        }

        var saved = new List<string>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (hasValue)
        {
            var recorded = await values.RecordValueAsync(indicatorId, quarter, value, cancellationToken);
            if (!recorded.Succeeded)
            {
                return recorded.Problem!;
            }

            saved.Add("value");
        }

        if (update.Rating is { } rating)
        {
            var rated = await progress.RateAsync(
                JudgementSubject.Indicator,
                indicatorId,
                quarter,
                rating,
                proposal.Rating,
                proposal.Reason,
                reason,
                decidedBy
            );
            if (!rated.Succeeded)
            {
                return rated.Problem!;
            }

            saved.Add("rating");
        }

        if (hasCommentary)
        {
            await progress.CommentAsync(
                JudgementSubject.Indicator,
                indicatorId,
                quarter,
                update.Commentary!,
                indicator.LeadOfficerInitials
            );
            saved.Add("commentary");
        }

        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    // The proposal the quarter will have once the typed value is in: the rating is judged against that, not the old one.
    private async Task<ProgressProposal> ProposalAsync(
        Indicator indicator,
        FinancialQuarter quarter,
        StatisticValue? typed,
        CancellationToken cancellationToken
    )
    {
        var recorded = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == indicator.Id).ToListAsync(cancellationToken);
        var targets = await db.IndicatorTargets.AsNoTracking().Where(t => t.IndicatorId == indicator.Id).ToListAsync(cancellationToken);
        if (typed is { } value)
        {
            recorded.RemoveAll(v => v.Year == quarter.StartYear && v.Quarter == quarter.Quarter);
            recorded.Add(
                new IndicatorValue
                {
                    IndicatorId = indicator.Id,
                    Year = quarter.StartYear,
                    Quarter = quarter.Quarter,
                    Value = value.Number,
                    Symbol = value.Suppression is { } s ? StatisticValue.SymbolOf(s) : null,
                }
            );
        }

        return IndicatorAssessment.Assess(indicator, quarter, recorded, targets, null).Proposal;
    }
}
