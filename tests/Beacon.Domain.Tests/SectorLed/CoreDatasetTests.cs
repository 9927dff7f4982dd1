using Beacon.Domain.Benchmarking;
using Beacon.Domain.SectorLed;

namespace Beacon.Domain.Tests.SectorLed;

/// <summary>The region's quarterly core dataset: what it asks for, when a return is late, and which figures need explaining.</summary>
public sealed class CoreDatasetTests
{
    [Fact]
    public void The_shipped_dataset_gives_every_indicator_a_range_a_return_must_fall_in()
    {
        var dataset = Assert.Single(CoreDatasets.All);
        Assert.Equal(14, dataset.Indicators.Count);
        Assert.All(dataset.Indicators, i => Assert.True(i.Minimum < i.Maximum, i.Code));
        Assert.All(dataset.Indicators.Where(i => i.Unit == "percentage"), i => Assert.Equal((0m, 100m), (i.Minimum, i.Maximum)));
        Assert.Equal(dataset.Indicators.Count, dataset.Indicators.Select(i => i.Code).Distinct().Count());
        Assert.Same(dataset.Indicators[1], dataset.Indicator("REREFERRAL_PCT"));
    }

    [Theory]
    // Summer: the deadline day ends at 23:00 UTC (midnight BST).
    [InlineData("2026-07-31T22:59:00", false)]
    [InlineData("2026-07-31T23:00:00", true)]
    [InlineData("2026-07-30T09:00:00", false)]
    public void A_return_is_on_time_until_midnight_at_the_end_of_the_deadline_day_uk_time_in_summer(string submittedUtc, bool late) =>
        Assert.Equal(
            late,
            SubmissionDeadline.IsLate(
                new DateOnly(2026, 7, 31),
                DateTime.Parse(submittedUtc, System.Globalization.CultureInfo.InvariantCulture)
            )
        );

    [Theory]
    // Winter: UK time is UTC.
    [InlineData("2027-01-31T23:59:59", false)]
    [InlineData("2027-02-01T00:00:00", true)]
    public void A_return_is_on_time_until_midnight_at_the_end_of_the_deadline_day_uk_time_in_winter(string submittedUtc, bool late) =>
        Assert.Equal(
            late,
            SubmissionDeadline.IsLate(
                new DateOnly(2027, 1, 31),
                DateTime.Parse(submittedUtc, System.Globalization.CultureInfo.InvariantCulture)
            )
        );

    [Fact]
    public void The_figures_to_explain_are_those_in_the_best_or_worst_fifth_of_the_regions_returns_by_polarity()
    {
        var dataset = new CoreDataset(
            "test",
            "Test",
            "",
            [
                new CoreDatasetIndicator("low", "Lower is better", "percentage", Polarity.LowerIsBetter, 0, 100),
                new CoreDatasetIndicator("context", "Context", "rate", Polarity.Neutral, 0, 100),
            ]
        );
        // Ten authorities returned: the fifth at either end is two each way.
        var figures = Enumerable
            .Range(1, 10)
            .ToDictionary(
                n => $"LA{n}",
                n => (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal> { ["low"] = n * 10, ["context"] = n }
            );

        var extremes = CoreDatasetExtremes.Of(dataset, figures);

        Assert.Equal(
            ["LA1 Top 1", "LA2 Top 2", "LA9 Bottom 9", "LA10 Bottom 10"],
            extremes.Select(e => $"{e.Authority} {e.End} {e.Place.Rank}")
        );
        Assert.DoesNotContain(extremes, e => e.Indicator.Code == "context");
    }

    [Fact]
    public void An_authority_that_returned_a_symbol_is_not_ranked_and_does_not_count_in_the_fifth()
    {
        var dataset = new CoreDataset(
            "t",
            "T",
            "",
            [new CoreDatasetIndicator("high", "High", "percentage", Polarity.HigherIsBetter, 0, 100)]
        );
        var figures = new Dictionary<string, IReadOnlyDictionary<string, decimal>>
        {
            ["A"] = new Dictionary<string, decimal> { ["high"] = 90 },
            ["B"] = new Dictionary<string, decimal> { ["high"] = 50 },
            ["C"] = new Dictionary<string, decimal> { ["high"] = 10 },
            ["D"] = new Dictionary<string, decimal>(),
        };

        var extremes = CoreDatasetExtremes.Of(dataset, figures);

        Assert.Equal(["A Top 3", "C Bottom 3"], extremes.Select(e => $"{e.Authority} {e.End} {e.Place.Of}"));
        Assert.Equal(TartanEnd.Top, extremes[0].End);
    }
}
