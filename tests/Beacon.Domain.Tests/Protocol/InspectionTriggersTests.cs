using Beacon.Domain.Protocol;

namespace Beacon.Domain.Tests.Protocol;

public class InspectionTriggersTests
{
    private static readonly Comparison Unknown = new(null, null);

    private static TriggerFigures Figures(
        Comparison? pupils = null,
        Comparison? category = null,
        Comparison? notGood = null,
        IReadOnlyList<MeasureTrend>? attainment = null
    ) => new(pupils ?? Unknown, category ?? Unknown, notGood ?? Unknown, attainment ?? [], []);

    [Fact]
    public void Fewer_children_in_good_schools_than_nationally_is_a_trigger()
    {
        var below = InspectionTriggers.Judge(Figures(pupils: new(79.9m, 80m)))[0];
        var level = InspectionTriggers.Judge(Figures(pupils: new(80m, 80m)))[0];

        Assert.Equal((true, "pupils in good or better schools: 79.9% against 80.0% in England"), (below.Met, below.Evidence[0]));
        Assert.False(level.Met);
    }

    [Fact]
    public void More_schools_in_a_category_or_not_good_than_average_are_triggers()
    {
        var triggers = InspectionTriggers.Judge(Figures(category: new(3.1m, 2.5m), notGood: new(12m, 14.2m)));

        Assert.Equal([true, false], triggers.Skip(1).Take(2).Select(t => t.Met));
    }

    [Fact]
    public void Without_figures_a_trigger_is_unknown_never_met_or_not_met()
    {
        var triggers = InspectionTriggers.Judge(Figures(pupils: new(85m, null)));

        Assert.All(triggers, t => Assert.Null(t.Met));
        Assert.Equal("pupils in good or better schools: not known (no figure for England)", triggers[0].Evidence[0]);
        Assert.Equal("no measure loaded", triggers[3].Evidence[0]);
    }

    [Theory]
    [InlineData(66, 61, 65, 60, false)] // above England, improving as fast: not met
    [InlineData(60, 61, 59, 60, true)] // below England: met
    [InlineData(66, 61, 66, 60, true)] // above England but flat while England rose: a weak trend
    public void Attainment_below_national_or_a_weak_trend_is_a_trigger(int la, int england, int laLast, int englandLast, bool met)
    {
        var measure = new MeasureTrend("Reading, writing and maths: expected standard", true, new(la, england), new(laLast, englandLast));

        Assert.Equal(met, InspectionTriggers.Judge(Figures(attainment: [measure]))[3].Met);
    }

    [Fact]
    public void Without_a_comparable_last_year_the_measure_is_judged_on_this_year_alone()
    {
        var measure = new MeasureTrend("Attainment 8 score", true, new(47.1m, 46.1m), Unknown);

        var trigger = InspectionTriggers.Judge(Figures(attainment: [measure]))[3];

        Assert.Equal(false, trigger.Met);
        Assert.Equal("Attainment 8 score: 47.1 against 46.1 in England; no comparable figure last year, so no trend", trigger.Evidence[0]);
    }
}
