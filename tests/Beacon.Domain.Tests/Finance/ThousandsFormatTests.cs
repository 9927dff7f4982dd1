using Beacon.Domain.Finance;

namespace Beacon.Domain.Tests.Finance;

public class ThousandsFormatTests
{
    [Theory]
    [InlineData(-70, "(70)")]
    [InlineData(-1234, "(1,234)")]
    [InlineData(0, "0")]
    [InlineData(11, "11")]
    public void An_overspend_is_shown_in_brackets(int variance, string expected) =>
        Assert.Equal(expected, ThousandsFormat.Variance(variance));

    [Theory]
    [InlineData(-1726, "-1,726")]
    [InlineData(16594, "16,594")]
    public void Amounts_keep_their_sign(int amount, string expected) => Assert.Equal(expected, ThousandsFormat.Amount(amount));
}
