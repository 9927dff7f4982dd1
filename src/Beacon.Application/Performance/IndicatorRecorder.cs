using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain;
using Beacon.Domain.Periods;
using Beacon.Domain.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Performance;

/// <summary>An indicator's annual target (and its quarterly profile) and its quarterly values, as officers enter them; audited.</summary>
public sealed class IndicatorRecorder(BeaconDbContext db)
{
    /// <summary>The problem's code where a target that was set is changed without a reason.</summary>
    public const string ReasonNeeded = "reason";

    /// <summary>Sets the year's target; changing one already set needs a reason, which the audit trail keeps.</summary>
    public async Task<Result> SetTargetAsync(
        int indicatorId,
        FinancialQuarter quarter,
        decimal annual,
        IReadOnlyList<decimal?> profile,
        string? reason,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(profile);
        var target = await db.IndicatorTargets.SingleOrDefaultAsync(
            t => t.IndicatorId == indicatorId && t.Year == quarter.StartYear,
            cancellationToken
        );
        if (target is not null && string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(ReasonNeeded, "Give a reason for changing the target");
        }

        if (target is null)
        {
            target = new IndicatorTarget { IndicatorId = indicatorId, Year = quarter.StartYear };
            db.IndicatorTargets.Add(target);
        }

        (target.AnnualTarget, target.Q1Target, target.Q2Target, target.Q3Target, target.Q4Target) = (
            annual,
            profile.ElementAtOrDefault(0),
            profile.ElementAtOrDefault(1),
            profile.ElementAtOrDefault(2),
            profile.ElementAtOrDefault(3)
        );
        db.AuditScope.Reason = string.IsNullOrWhiteSpace(reason) ? $"{quarter.Year} target set" : reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }

    /// <summary>The quarter's value: a number, or DfE's symbol where it may not be published; never nothing.</summary>
    public async Task<Result> RecordValueAsync(
        int indicatorId,
        FinancialQuarter quarter,
        StatisticValue given,
        CancellationToken cancellationToken
    )
    {
        if (given == StatisticValue.Missing)
        {
            return Result.Failure("value", "Enter a number, or a symbol (c, x) where the value may not be published");
        }

        var value = await db.IndicatorValues.SingleOrDefaultAsync(
            v => v.IndicatorId == indicatorId && v.Year == quarter.StartYear && v.Quarter == quarter.Quarter,
            cancellationToken
        );
        if (value is null)
        {
            value = new IndicatorValue
            {
                IndicatorId = indicatorId,
                Year = quarter.StartYear,
                Quarter = quarter.Quarter,
            };
            db.IndicatorValues.Add(value);
        }

        value.Value = given.Number;
        value.Symbol = given.Suppression is { } s ? StatisticValue.SymbolOf(s) : null;
        db.AuditScope.Reason = $"{quarter.DisplayName} value entered";
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done;
    }
}
