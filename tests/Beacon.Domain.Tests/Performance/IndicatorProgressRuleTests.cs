using Beacon.Domain.Performance;
using Beacon.Domain.Statistics;

namespace Beacon.Domain.Tests.Performance;

public class IndicatorProgressRuleTests
{
    private static readonly Dictionary<int, decimal> NoProfile = [];

    private static Dictionary<int, StatisticValue> Values(params decimal[] byQuarter) =>
        byQuarter.Select((v, i) => (Quarter: i + 1, Value: new StatisticValue(v, null))).ToDictionary(p => p.Quarter, p => p.Value);

    private static ProgressProposal Propose(
        Polarity polarity,
        Accumulation accumulation,
        decimal? target,
        Dictionary<int, StatisticValue> values,
        int quarter,
        Dictionary<int, decimal>? profile = null,
        decimal? bestGain = null
    ) =>
        IndicatorProgressRule.Propose(
            polarity,
            accumulation,
            target,
            profile ?? NoProfile,
            values,
            quarter,
            RatingTolerance.Default,
            bestGain
        );

    [Fact]
    public void A_snapshot_on_target_is_green()
    {
        var proposal = Propose(Polarity.HigherIsBetter, Accumulation.Snapshot, 80, Values(81), 1);

        Assert.Equal(ProgressRating.Green, proposal.Rating);
        Assert.Equal(81m, proposal.ProjectedYearEnd);
    }

    [Fact]
    public void A_trend_heading_below_target_beyond_tolerance_is_red()
    {
        // 78, 76, 74: the line reaches 72 at Q4, 8 below 80 (tolerance 4).
        var proposal = Propose(Polarity.HigherIsBetter, Accumulation.Snapshot, 80, Values(78, 76, 74), 3);

        Assert.Equal(ProgressRating.Red, proposal.Rating);
        Assert.Equal(72m, proposal.ProjectedYearEnd);
        Assert.Contains("trend", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Just_short_within_tolerance_is_amber()
    {
        Assert.Equal(ProgressRating.Amber, Propose(Polarity.HigherIsBetter, Accumulation.Snapshot, 80, Values(78, 78), 2).Rating);
    }

    [Fact]
    public void Lower_is_better_turns_the_comparison_round()
    {
        Assert.Equal(ProgressRating.Green, Propose(Polarity.LowerIsBetter, Accumulation.Snapshot, 10, Values(9, 8), 2).Rating);
        Assert.Equal(ProgressRating.Red, Propose(Polarity.LowerIsBetter, Accumulation.Snapshot, 10, Values(12, 14), 2).Rating);
    }

    [Fact]
    public void A_cumulative_count_is_projected_at_its_rate_so_far()
    {
        // 30 in two quarters: 60 at the year end against 100.
        var proposal = Propose(Polarity.HigherIsBetter, Accumulation.Cumulative, 100, Values(14, 30), 2);

        Assert.Equal((ProgressRating.Red, 60m), (proposal.Rating, proposal.ProjectedYearEnd));
    }

    [Fact]
    public void A_target_met_early_is_green_for_good()
    {
        var proposal = Propose(Polarity.HigherIsBetter, Accumulation.Cumulative, 100, Values(60, 104), 2);

        Assert.Equal(ProgressRating.Green, proposal.Rating);
        Assert.Contains("already been met", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_is_better_count_already_past_its_target_is_red()
    {
        var proposal = Propose(Polarity.LowerIsBetter, Accumulation.Cumulative, 20, Values(12, 25), 2);

        Assert.Equal(ProgressRating.Red, proposal.Rating);
        Assert.Contains("already exceeds", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_target_lower_is_better_has_no_tolerance()
    {
        Assert.Equal(ProgressRating.Green, Propose(Polarity.LowerIsBetter, Accumulation.Snapshot, 0, Values(0, 0), 2).Rating);
        Assert.Equal(ProgressRating.Red, Propose(Polarity.LowerIsBetter, Accumulation.Snapshot, 0, Values(1, 1), 2).Rating);
    }

    [Fact]
    public void A_profiled_quarterly_target_is_used_when_there_is_one()
    {
        var profile = new Dictionary<int, decimal>
        {
            [1] = 20,
            [2] = 45,
            [3] = 70,
            [4] = 100,
        };

        var proposal = Propose(Polarity.HigherIsBetter, Accumulation.Cumulative, 100, Values(21, 44), 2, profile);

        Assert.Equal(ProgressRating.Amber, proposal.Rating);
        Assert.Contains("Q2 profiled target of 45", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_quarter_of_data_without_a_profile_is_at_worst_too_early_to_say()
    {
        var proposal = Propose(Polarity.HigherIsBetter, Accumulation.Snapshot, 80, Values(60), 1);

        Assert.Equal(ProgressRating.Amber, proposal.Rating);
        Assert.Contains("too early to say", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_suppressed_value_is_amber_too_early_to_say()
    {
        var suppressed = new Dictionary<int, StatisticValue> { [1] = new(50, null), [2] = new(null, Suppression.Confidential) };

        Assert.Equal(ProgressRating.Amber, Propose(Polarity.HigherIsBetter, Accumulation.Snapshot, 80, Values(50), 2).Rating);
        var proposal = Propose(Polarity.HigherIsBetter, Accumulation.Snapshot, 80, suppressed, 2);
        Assert.Equal(ProgressRating.Amber, proposal.Rating);
        Assert.Contains("suppressed", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_year_of_an_indicator_without_a_target_cannot_be_judged()
    {
        var proposal = Propose(Polarity.HigherIsBetter, Accumulation.Snapshot, null, Values(50), 1);

        Assert.Equal((ProgressRating.Amber, (decimal?)null), (proposal.Rating, proposal.ProjectedYearEnd));
    }

    [Fact]
    public void At_Q4_the_year_end_value_decides_even_with_one_value()
    {
        var q4Only = new Dictionary<int, StatisticValue> { [4] = new(60, null) };

        Assert.Equal(ProgressRating.Red, Propose(Polarity.HigherIsBetter, Accumulation.Snapshot, 80, q4Only, 4).Rating);
    }

    [Fact]
    public void A_quarter_far_below_target_is_red_when_even_the_best_rate_seen_cannot_reach_it()
    {
        // 12.5% at Q1 against 80%: the best rise seen in a quarter is 2 points, so the year ends at 18.5 at best.
        var proposal = Propose(Polarity.HigherIsBetter, Accumulation.Snapshot, 80, Values(12.5m), 1, bestGain: 2);

        Assert.Equal(ProgressRating.Red, proposal.Rating);
        Assert.Contains("can no longer be reached", proposal.Reason, StringComparison.Ordinal);
        Assert.Contains("18.5", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_quarter_that_the_best_rate_seen_could_still_lift_to_target_stays_too_early_to_say()
    {
        // 60 at Q1 with rises of up to 8 a quarter seen: 84 is within reach of 80.
        var proposal = Propose(Polarity.HigherIsBetter, Accumulation.Snapshot, 80, Values(60), 1, bestGain: 8);

        Assert.Equal(ProgressRating.Amber, proposal.Rating);
        Assert.Contains("too early to say", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_running_count_that_cannot_reach_its_target_at_its_best_quarter_is_red_from_the_first_quarter()
    {
        // 50 in Q1 against 600: even three more quarters of 50 end the year at 200.
        var proposal = Propose(Polarity.HigherIsBetter, Accumulation.Cumulative, 600, Values(50), 1, bestGain: 50);

        Assert.Equal(ProgressRating.Red, proposal.Rating);
        Assert.Contains("200", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_is_better_figure_is_red_when_its_best_fall_seen_cannot_bring_it_to_target()
    {
        var proposal = Propose(Polarity.LowerIsBetter, Accumulation.Snapshot, 15, Values(19), 1, bestGain: 1);

        Assert.Equal(ProgressRating.Red, proposal.Rating);
        Assert.Contains("16", proposal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_best_gain_is_the_largest_move_towards_target_in_one_quarter()
    {
        var snapshot = new[] { (2012, 3, 70m), (2012, 4, 74m), (2013, 1, 73m), (2013, 2, 76m) };
        var count = new[] { (2013, 1, 120m), (2013, 2, 260m), (2013, 3, 300m) };

        Assert.Equal(4m, QuarterlyGain.Best(Polarity.HigherIsBetter, Accumulation.Snapshot, snapshot));
        Assert.Equal(1m, QuarterlyGain.Best(Polarity.LowerIsBetter, Accumulation.Snapshot, snapshot));
        Assert.Equal(140m, QuarterlyGain.Best(Polarity.HigherIsBetter, Accumulation.Cumulative, count));
        Assert.Null(QuarterlyGain.Best(Polarity.HigherIsBetter, Accumulation.Snapshot, [(2013, 1, 60m)]));
    }
}
