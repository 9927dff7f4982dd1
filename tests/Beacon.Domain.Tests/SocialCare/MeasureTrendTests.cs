using Beacon.Domain.Performance;
using Beacon.Domain.SocialCare;

namespace Beacon.Domain.Tests.SocialCare;

public sealed class MeasureTrendTests
{
    [Fact]
    public void Children_fall_in_the_month_of_their_event_and_those_left_out_are_not_counted()
    {
        var measure = new PracticeMeasure(
            "assessments",
            "Assessments completed within 45 working days",
            true,
            [
                new("a", true, "", new DateOnly(2026, 9, 30)),
                new("b", false, "", new DateOnly(2026, 9, 1)),
                new("c", true, "", new DateOnly(2026, 11, 2)),
                new("d", null, "left out", new DateOnly(2026, 11, 3)),
                new("e", true, "", new DateOnly(2026, 3, 1)),
            ]
        );

        var months = MeasureTrend.Monthly(measure, new DateOnly(2026, 11, 20));

        Assert.Equal(
            [
                (new DateOnly(2026, 6, 1), 0, 0),
                (new DateOnly(2026, 7, 1), 0, 0),
                (new DateOnly(2026, 8, 1), 0, 0),
                (new DateOnly(2026, 9, 1), 1, 2),
                (new DateOnly(2026, 10, 1), 0, 0),
                (new DateOnly(2026, 11, 1), 1, 1),
            ],
            months.Select(m => (m.Month, m.Count, m.Of))
        );
        Assert.Equal(50.0m, months[3].Percent);
        Assert.Null(months[4].Percent);
    }

    [Fact]
    public void A_measure_at_a_point_in_time_has_no_months()
    {
        var visits = new PracticeMeasure("statutory-visits", "Visited", true, [new("a", true, "last visited")]);

        Assert.Empty(MeasureTrend.Monthly(visits, new DateOnly(2026, 11, 20)));
    }

    [Theory]
    [InlineData(85.0, true, "Green")]
    [InlineData(84.9, true, "Amber")]
    [InlineData(80.0, true, "Amber")]
    [InlineData(79.9, true, "Red")]
    [InlineData(22.0, false, "Green")]
    [InlineData(24.0, false, "Amber")]
    [InlineData(24.1, false, "Red")]
    public void A_measure_is_green_on_target_amber_within_the_tolerance_and_red_beyond(double percent, bool higherIsBetter, string expected)
    {
        var target = higherIsBetter ? new MeasureTarget(85, 5) : new MeasureTarget(22, 2);

        Assert.Equal(Enum.Parse<ProgressRating>(expected), MeasureTarget.Rate((decimal)percent, higherIsBetter, target));
    }

    [Fact]
    public void No_figure_or_no_target_is_not_rated()
    {
        Assert.Null(MeasureTarget.Rate(null, true, new MeasureTarget(85, 5)));
        Assert.Null(MeasureTarget.Rate(50, true, null));
    }
}
