using Beacon.Domain.Benchmarking;

namespace Beacon.Domain.Tests.Benchmarking;

public class BenchmarkSetTests
{
    private static readonly BenchmarkIndicator LowerIsBetter = new(
        "rereferral",
        "Re-referrals",
        new("c1", [], "rereferral_percent"),
        "%",
        Polarity.LowerIsBetter
    );

    [Fact]
    public void Ties_share_the_better_rank_and_the_next_is_skipped()
    {
        var ranks = Ranking.Rank(
            new Dictionary<string, decimal>
            {
                ["a"] = 10,
                ["b"] = 12,
                ["c"] = 12,
                ["d"] = 15,
            },
            Polarity.LowerIsBetter
        );

        Assert.Equal([("a", 1), ("b", 2), ("c", 2), ("d", 4)], ranks.OrderBy(r => r.Key).Select(r => (r.Key, r.Value.Rank)));
        Assert.Equal(['A', 'B', 'B', 'D'], ranks.OrderBy(r => r.Key).Select(r => r.Value.Band));
        Assert.Equal(1, Ranking.Rank(new Dictionary<string, decimal> { ["a"] = 10, ["d"] = 15 }, Polarity.HigherIsBetter)["d"].Rank);
    }

    [Theory]
    [InlineData(1, 153, 'A')]
    [InlineData(38, 153, 'A')]
    [InlineData(39, 153, 'B')]
    [InlineData(114, 153, 'C')]
    [InlineData(115, 153, 'D')]
    [InlineData(153, 153, 'D')]
    public void Quartile_bands_run_from_A_to_D(int rank, int of, char band) => Assert.Equal(band, Ranking.Band(rank, of));

    [Fact]
    public void A_suppressed_neighbour_is_left_out_of_the_average_not_counted_as_zero()
    {
        var set = Set(
            new()
            {
                ["a"] = new(20, null),
                ["b"] = new(null, "c"),
                ["c"] = new(30, null),
                ["d"] = new(40, null),
            },
            []
        );

        var line = set.Line("a", "rereferral", 2025)!;

        Assert.Equal((35m, 2), (line.NeighbourAverage, line.NeighboursWithValue));
        Assert.Equal(3, line.Place!.Of);
        Assert.Null(set.Line("b", "rereferral", 2025)!.Place);
    }

    [Fact]
    public void The_worst_quartile_a_fall_of_two_quartiles_and_an_outlier_are_warned_of()
    {
        var thisYear = Enumerable.Range(1, 12).ToDictionary(i => $"n{i}", i => new AuthorityFigure(20 + (i % 3), null));
        thisYear["a"] = new AuthorityFigure(40, null);
        var lastYear = Enumerable.Range(1, 12).ToDictionary(i => $"n{i}", i => new AuthorityFigure(30, null));
        lastYear["a"] = new AuthorityFigure(10, null);
        var set = Set(thisYear, lastYear);

        var warnings = set.Line("a", "rereferral", 2025)!.Warnings;

        Assert.Equal(["Worst quartile", "Fell two or more quartiles", "Outlier against its neighbours"], warnings.Select(w => w.Kind));
        Assert.Equal("band A last year, D this year", warnings[1].Evidence);
        Assert.StartsWith("40 against the neighbours' median 21", warnings[2].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_neutral_indicator_raises_no_warnings()
    {
        var neutral = LowerIsBetter with { Polarity = Polarity.Neutral };
        var series = new IndicatorSeries(neutral);
        series.Authorities[2025] = new()
        {
            ["a"] = new(99, null),
            ["b"] = new(1, null),
            ["c"] = new(2, null),
            ["d"] = new(3, null),
        };

        var set = new BenchmarkSet([series], (_, _) => ["b", "c", "d"], _ => null);

        Assert.Empty(set.Line("a", "rereferral", 2025)!.Warnings);
        Assert.Equal(4, set.Line("a", "rereferral", 2025)!.Place!.Rank);
    }

    [Fact]
    public void A_rate_is_worked_out_from_a_count_and_its_denominator()
    {
        var rate = LowerIsBetter with { Denominator = new("ons", [], "population_estimate"), Per = 10_000, Decimals = 1 };

        Assert.Equal(157.4m, rate.Compute(332, 21090));
        Assert.Null(rate.Compute(332, null));
        Assert.Null(rate.Compute(null, 21090));
        Assert.Equal(12.5m, LowerIsBetter.Compute(12.5m, null));
    }

    private static BenchmarkSet Set(Dictionary<string, AuthorityFigure> thisYear, Dictionary<string, AuthorityFigure> lastYear)
    {
        var series = new IndicatorSeries(LowerIsBetter);
        series.Authorities[2025] = thisYear;
        if (lastYear.Count > 0)
        {
            series.Authorities[2024] = lastYear;
        }

        return new BenchmarkSet([series], (a, _) => thisYear.Keys.Where(k => k != a).ToList(), _ => null);
    }
}
