using Beacon.Data.Performance;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Domain.Statistics;

namespace Beacon.Application.Performance;

/// <summary>An indicator judged for a quarter: its value, target, Beacon's proposal, the recorded rating and the direction of travel.</summary>
public sealed record IndicatorAssessment(
    Indicator Indicator,
    FinancialQuarter Quarter,
    StatisticValue? Value,
    decimal? AnnualTarget,
    ProgressProposal Proposal,
    ProgressJudgement? Judgement,
    DirectionOfTravel Direction
)
{
    /// <summary>The rating to show: the officer's where recorded, else Beacon's proposal.</summary>
    public ProgressRating Rating => Judgement is { } j ? j.Rating : Proposal.Rating;

    public static IndicatorAssessment Assess(
        Indicator indicator,
        FinancialQuarter quarter,
        IEnumerable<IndicatorValue> values,
        IEnumerable<IndicatorTarget> targets,
        ProgressJudgement? judgement
    )
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(targets);
        values = values as IReadOnlyCollection<IndicatorValue> ?? values.ToList();
        var polarity = indicator.Polarity;
        var target = targets.FirstOrDefault(t => t.IndicatorId == indicator.Id && t.Year == quarter.StartYear);
        var thisYear = values
            .Where(v => v.IndicatorId == indicator.Id && v.Year == quarter.StartYear && v.Quarter <= quarter.Quarter)
            .ToDictionary(v => v.Quarter, ToStatistic);
        var profile = new Dictionary<int, decimal>();
        foreach (var (q, profiled) in new[] { (1, target?.Q1Target), (2, target?.Q2Target), (3, target?.Q3Target), (4, target?.Q4Target) })
        {
            if (profiled is { } amount)
            {
                profile[q] = amount;
            }
        }

        // Last year's quarters count too: at Q1 they are the only evidence of how fast this indicator can move.
        var recorded = values
            .Where(v =>
                v.IndicatorId == indicator.Id
                && v.Value is not null
                && v.Symbol is null
                && (v.Year == quarter.StartYear - 1 || (v.Year == quarter.StartYear && v.Quarter <= quarter.Quarter))
            )
            .Select(v => (v.Year, v.Quarter, v.Value!.Value));
        var proposal = IndicatorProgressRule.Propose(
            polarity,
            indicator.Accumulation,
            target?.AnnualTarget,
            profile,
            thisYear,
            quarter.Quarter,
            RatingTolerance.Default,
            QuarterlyGain.Best(polarity, indicator.Accumulation, recorded)
        );
        var lastYear = quarter.SamePeriodLastYear;
        var previous = values.FirstOrDefault(v =>
            v.IndicatorId == indicator.Id && v.Year == lastYear.StartYear && v.Quarter == lastYear.Quarter
        );
        var current = thisYear.TryGetValue(quarter.Quarter, out var now) ? now : (StatisticValue?)null;
        var direction = DirectionOfTravelRule.Compare(
            current,
            previous is null ? null : ToStatistic(previous),
            polarity,
            indicator.SameWithin
        );
        return new IndicatorAssessment(indicator, quarter, current, target?.AnnualTarget, proposal, judgement, direction);
    }

    public static StatisticValue ToStatistic(IndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Symbol is { } symbol && StatisticValue.TryParse(symbol, out var suppressed)
            ? suppressed
            : new StatisticValue(value.Value, null);
    }
}
