using Beacon.Domain;
using Beacon.Domain.Lait;
using Beacon.Reports.Lait;

namespace Beacon.Web.Tests.Reports;

/// <summary>LAIT's band ranges as LAIT writes them: from the best end, each band starting one shown unit past the one before.</summary>
public sealed class LaitTableTests
{
    private static LaitMeasure Measure(Polarity polarity, bool quartiles = true) =>
        new("K", "Topic", "Measure", polarity, 1, "Academic Year", quartiles, false, null, null, null, null, null, null, null, null);

    [Fact]
    public void Where_higher_is_better_band_A_runs_down_from_the_highest_figure()
    {
        var bands = LaitTable.Bands(Measure(Polarity.HigherIsBetter), LaitQuartiles.Of([0, 10, 20, 30, 40]));

        Assert.Equal([('A', "40.0 to 30.1"), ('B', "30.0 to 20.1"), ('C', "20.0 to 10.1"), ('D', "10.0 to 0.0")], bands);
    }

    [Fact]
    public void Where_lower_is_better_band_A_runs_up_from_the_lowest_figure()
    {
        var bands = LaitTable.Bands(Measure(Polarity.LowerIsBetter), LaitQuartiles.Of([0, 10, 20, 30, 40]));

        Assert.Equal([('A', "0.0 to 10.0"), ('B', "10.1 to 20.0"), ('C', "20.1 to 30.0"), ('D', "30.1 to 40.0")], bands);
    }

    [Fact]
    public void A_measure_without_quartiles_or_direction_has_no_bands()
    {
        Assert.Empty(LaitTable.Bands(Measure(Polarity.HigherIsBetter, quartiles: false), LaitQuartiles.Of([1, 2])));
        Assert.Empty(LaitTable.Bands(Measure(Polarity.Neutral), LaitQuartiles.Of([1, 2])));
    }
}
