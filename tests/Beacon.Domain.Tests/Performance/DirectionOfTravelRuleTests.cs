using Beacon.Domain.Performance;
using Beacon.Domain.Statistics;

namespace Beacon.Domain.Tests.Performance;

public class DirectionOfTravelRuleTests
{
    private static StatisticValue V(decimal number) => new(number, null);

    [Theory]
    [InlineData(60, 55, Polarity.HigherIsBetter, DirectionOfTravel.Better)]
    [InlineData(50, 55, Polarity.HigherIsBetter, DirectionOfTravel.Worse)]
    [InlineData(50, 55, Polarity.LowerIsBetter, DirectionOfTravel.Better)]
    [InlineData(60, 55, Polarity.LowerIsBetter, DirectionOfTravel.Worse)]
    [InlineData(55, 55, Polarity.HigherIsBetter, DirectionOfTravel.Same)]
    [InlineData(0, 0, Polarity.LowerIsBetter, DirectionOfTravel.Same)]
    [InlineData(0, 3, Polarity.LowerIsBetter, DirectionOfTravel.Better)]
    public void Better_and_worse_honour_polarity(int now, int then, Polarity polarity, DirectionOfTravel expected) =>
        Assert.Equal(expected, DirectionOfTravelRule.Compare(V(now), V(then), polarity));

    [Theory]
    [InlineData(55.4, DirectionOfTravel.Same)]
    [InlineData(55.5, DirectionOfTravel.Same)]
    [InlineData(55.6, DirectionOfTravel.Better)]
    [InlineData(54.4, DirectionOfTravel.Worse)]
    public void A_change_within_the_tolerance_counts_as_the_same(double now, DirectionOfTravel expected) =>
        Assert.Equal(expected, DirectionOfTravelRule.Compare(V((decimal)now), V(55m), Polarity.HigherIsBetter, sameWithin: 0.5m));

    [Fact]
    public void Missing_or_suppressed_values_and_contextual_measures_are_not_applicable()
    {
        Assert.Equal(DirectionOfTravel.NotApplicable, DirectionOfTravelRule.Compare(V(5), null, Polarity.HigherIsBetter));
        Assert.Equal(DirectionOfTravel.NotApplicable, DirectionOfTravelRule.Compare(null, V(5), Polarity.HigherIsBetter));
        Assert.Equal(
            DirectionOfTravel.NotApplicable,
            DirectionOfTravelRule.Compare(new StatisticValue(null, Suppression.Confidential), V(5), Polarity.HigherIsBetter)
        );
        Assert.Equal(DirectionOfTravel.NotApplicable, DirectionOfTravelRule.Compare(V(5), V(4), Polarity.Neutral));
    }
}
