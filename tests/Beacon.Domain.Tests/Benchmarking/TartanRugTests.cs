using Beacon.Domain.Benchmarking;

namespace Beacon.Domain.Tests.Benchmarking;

public class TartanRugTests
{
    private static readonly BenchmarkIndicator Rereferrals = new(
        "rereferral",
        "Re-referrals",
        new("c1", [], "rereferral_percent"),
        "%",
        Polarity.LowerIsBetter
    );

    private static readonly BenchmarkIndicator Population = new(
        "population",
        "Children",
        new("c2", [], "children"),
        "count",
        Polarity.Neutral
    );

    [Fact]
    public void Each_cell_is_the_authoritys_latest_figure_banded_among_every_authority_not_just_the_region()
    {
        // Ten authorities, 10 the best (lowest); the region is two of them.
        var set = Set(Enumerable.Range(1, 10).ToDictionary(i => $"a{i}", i => (decimal)i), olderOnly: ("a3", 1m));
        var rug = TartanRug.Of(set, ["a1", "a10"], asAt: 2025);

        var column = Assert.Single(rug.Columns, c => c.Indicator.Code == "rereferral");
        Assert.Equal(2025, column.Year);
        var cells = rug.Rows.Select(r => r.Cells[rug.Columns.ToList().IndexOf(column)]).ToList();
        Assert.Equal([1m, 10m], cells.Select(c => c.Figure.Value!.Value));
        Assert.Equal([('A', 1, 10), ('D', 10, 10)], cells.Select(c => (c.Place!.Band, c.Place.Rank, c.Place.Of)));
    }

    [Fact]
    public void An_indicator_is_shown_in_its_latest_year_up_to_the_year_asked_for()
    {
        var set = Set(Enumerable.Range(1, 4).ToDictionary(i => $"a{i}", i => (decimal)i), olderOnly: ("a1", 7m));
        Assert.Equal(2024, TartanRug.Of(set, ["a1"], asAt: 2024).Columns.Single(c => c.Indicator.Code == "rereferral").Year);
        Assert.Equal(7m, TartanRug.Of(set, ["a1"], asAt: 2024).Rows[0].Cells[0].Figure.Value);
    }

    [Fact]
    public void The_best_and_worst_fifth_of_authorities_are_picked_out_and_an_indicator_without_a_direction_never_is()
    {
        var set = Set(Enumerable.Range(1, 10).ToDictionary(i => $"a{i}", i => (decimal)i));
        var rug = TartanRug.Of(set, Enumerable.Range(1, 10).Select(i => $"a{i}").ToList(), asAt: 2025);

        var extremes = rug.Extremes();
        Assert.Equal(
            [("a1", TartanEnd.Top), ("a2", TartanEnd.Top), ("a9", TartanEnd.Bottom), ("a10", TartanEnd.Bottom)],
            extremes
                .Select(e => (e.Authority, e.End))
                .OrderBy(e => int.Parse(e.Authority[1..], System.Globalization.CultureInfo.InvariantCulture))
        );
        Assert.All(extremes, e => Assert.Equal("rereferral", e.Column.Indicator.Code));
    }

    private static BenchmarkSet Set(Dictionary<string, decimal> figures, (string Authority, decimal Value)? olderOnly = null)
    {
        var rereferrals = new IndicatorSeries(Rereferrals);
        rereferrals.Authorities[2025] = figures.ToDictionary(f => f.Key, f => new AuthorityFigure(f.Value, null));
        if (olderOnly is { } older)
        {
            rereferrals.Authorities[2024] = new() { [older.Authority] = new(older.Value, null) };
        }

        var population = new IndicatorSeries(Population);
        population.Authorities[2025] = figures.ToDictionary(f => f.Key, f => new AuthorityFigure(f.Value * 1000, null));
        return new BenchmarkSet([rereferrals, population], (_, _) => [], _ => null);
    }
}
