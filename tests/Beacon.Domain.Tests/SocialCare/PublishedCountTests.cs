using Beacon.Domain.SocialCare;

namespace Beacon.Domain.Tests.SocialCare;

public class PublishedCountTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "c")]
    [InlineData(4, "c")]
    [InlineData(5, "5")]
    [InlineData(120, "120")]
    public void Counts_from_one_to_below_the_threshold_are_suppressed(int count, string shown) =>
        Assert.Equal(shown, PublishedCount.Count(count, PublishedCount.DefaultThreshold));

    [Theory]
    [InlineData(3, 40, "c")] // the count itself is small
    [InlineData(38, 40, "c")] // the two not counted could be worked out
    [InlineData(20, 40, "50.0%")]
    [InlineData(0, 0, "-")]
    public void A_percentage_is_suppressed_where_its_count_or_the_rest_is_small(int count, int of, string shown) =>
        Assert.Equal(shown, PublishedCount.Percent(count, of, PublishedCount.DefaultThreshold));

    [Fact]
    public void The_authority_sets_the_threshold() => Assert.Equal(("7", "c"), (PublishedCount.Count(7, 5), PublishedCount.Count(7, 10)));
}
