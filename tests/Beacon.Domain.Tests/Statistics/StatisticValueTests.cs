using Beacon.Domain.Statistics;

namespace Beacon.Domain.Tests.Statistics;

public class StatisticValueTests
{
    [Theory]
    [InlineData("x", Suppression.NotAvailable)]
    [InlineData("c", Suppression.Confidential)]
    [InlineData("z", Suppression.NotApplicable)]
    [InlineData("low", Suppression.RoundsToZero)]
    [InlineData("k", Suppression.LessThanHalf)]
    [InlineData("u", Suppression.LowReliability)]
    [InlineData(" C ", Suppression.Confidential)]
    public void A_DfE_symbol_is_kept_as_a_suppression_never_a_number(string cell, Suppression expected)
    {
        Assert.True(StatisticValue.TryParse(cell, out var value));
        Assert.Equal(expected, value.Suppression);
        Assert.Null(value.Number);
        Assert.True(value.IsSuppressed);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("67", "67")]
    [InlineData("12,183,016", "12183016")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("228722.25", "228722.25")]
    public void A_number_is_read_exactly(string cell, string expected)
    {
        Assert.True(StatisticValue.TryParse(cell, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.False(value.IsSuppressed);
    }

    [Fact]
    public void An_empty_cell_is_missing_not_zero()
    {
        Assert.True(StatisticValue.TryParse("  ", out var value));
        Assert.Equal(StatisticValue.Missing, value);
        Assert.Null(value.Number);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12%")]
    [InlineData("n/a")]
    public void Anything_else_is_refused(string cell)
    {
        Assert.False(StatisticValue.TryParse(cell, out _));
    }

    [Fact]
    public void A_suppressed_value_reads_as_its_symbol()
    {
        Assert.True(StatisticValue.TryParse("low", out var value));

        Assert.Equal("low", value.ToString());
    }

    [Fact]
    public void A_number_reads_without_the_trailing_zeros_a_database_adds() =>
        Assert.Equal("78", new StatisticValue(78.0000m, null).ToString());
}
