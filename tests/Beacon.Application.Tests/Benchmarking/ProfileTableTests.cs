using Beacon.Domain;
using Beacon.Domain.Benchmarking;
using Beacon.Reports.Benchmarking;

namespace Beacon.Application.Tests.Benchmarking;

/// <summary>A local profile's row as the page, Word, CSV and Excel show it.</summary>
public sealed class ProfileTableTests
{
    [Fact]
    public void The_neighbours_average_keeps_one_decimal_more_than_the_indicator_so_64_4_is_not_shown_as_64()
    {
        var indicator = new BenchmarkIndicator(
            "stability",
            "Placement stability",
            new StatisticSource("cla", [], "percent"),
            "%",
            Polarity.HigherIsBetter,
            Decimals: 0
        );
        var line = new ProfileLine(
            indicator,
            2025,
            "2025",
            new AuthorityFigure(66m, null),
            64.4m,
            10,
            AuthorityFigure.Missing,
            AuthorityFigure.Missing,
            null,
            null,
            [],
            []
        );

        var row = ProfileTable.Row(line);

        Assert.Equal(("66", "64.4"), (row[3], row[4]));
    }
}
