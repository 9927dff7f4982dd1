using Beacon.Domain.Lait;

namespace Beacon.Domain.Tests.Lait;

/// <summary>LAIT's quartile bands: R's default quantiles, band A the best quarter by polarity, a value on a threshold in the quarter below.</summary>
public sealed class LaitQuartilesTests
{
    [Fact]
    public void The_thresholds_are_Rs_default_quantiles_of_the_figures()
    {
        // quantile(1:10) in R: 1, 3.25, 5.5, 7.75, 10.
        var q = LaitQuartiles.Of([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])!;

        Assert.Equal((1m, 3.25m, 5.5m, 7.75m, 10m), (q.Minimum, q.Lower, q.Median, q.Upper, q.Maximum));
    }

    [Theory]
    [InlineData(1, 'A', 'D')]
    [InlineData(3.25, 'A', 'D')]
    [InlineData(3.26, 'B', 'C')]
    [InlineData(5.5, 'B', 'C')]
    [InlineData(7.75, 'C', 'B')]
    [InlineData(7.76, 'D', 'A')]
    [InlineData(10, 'D', 'A')]
    public void Band_A_is_the_lowest_quarter_where_low_is_better_and_the_highest_where_high_is(double value, char low, char high)
    {
        var q = LaitQuartiles.Of([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])!;

        Assert.Equal(
            (low, high),
            (q.Band((decimal)value, Polarity.LowerIsBetter)!.Value, q.Band((decimal)value, Polarity.HigherIsBetter)!.Value)
        );
    }

    [Fact]
    public void A_measure_with_no_better_direction_has_no_band_and_no_figures_have_no_thresholds()
    {
        Assert.Null(LaitQuartiles.Of([1, 2, 3])!.Band(2, Polarity.Neutral));
        Assert.Null(LaitQuartiles.Of([]));
    }

    [Theory]
    [InlineData("2016-17 (OT)", 2016)]
    [InlineData("2014-16", 2014)]
    [InlineData("2013/14-15/16", 2013)]
    [InlineData("2025 (prov)", 2025)]
    [InlineData("2020 (Final)", 2020)]
    [InlineData("0", int.MinValue)]
    public void LAITs_years_are_ordered_by_their_first_four_digits(string label, int key) => Assert.Equal(key, LaitYear.SortKey(label));
}
