using Beacon.Domain.Schools;

namespace Beacon.Domain.Tests.Schools;

public class OfstedOutcomesTests
{
    [Theory]
    [InlineData("Good", OfstedGrade.Good)]
    [InlineData("Requires Improvement", OfstedGrade.RequiresImprovement)]
    [InlineData("requires improvement", OfstedGrade.RequiresImprovement)]
    [InlineData("Satisfactory", OfstedGrade.RequiresImprovement)]
    [InlineData("Special Measures", OfstedGrade.Inadequate)]
    [InlineData("1", OfstedGrade.Outstanding)]
    public void Grades_are_read_as_the_files_write_them(string text, OfstedGrade expected)
    {
        Assert.True(OfstedGrades.TryParse(text, out var grade));
        Assert.Equal(expected, grade);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Strong standard")]
    [InlineData("5")]
    public void A_report_card_grade_or_nothing_is_not_a_four_point_grade(string text) => Assert.False(OfstedGrades.TryParse(text, out _));

    [Fact]
    public void The_seed_table_comes_out_with_good_or_better_from_counts_not_rounded_parts()
    {
        // Seed 000, table 4.10 (end of 2012-13): primary 16% outstanding, 66% good, 81% good or better, 19% RI.
        // 5 outstanding, 21 good and 6 RI of 32 give exactly those: 15.6%, 65.6%, 81.25% (not 16 + 66) and 18.75%.
        var primary = Schools("Primary", OfstedGrade.Outstanding, 5)
            .Concat(Schools("Primary", OfstedGrade.Good, 21))
            .Concat(Schools("Primary", OfstedGrade.RequiresImprovement, 6));
        var secondary = Schools("Secondary", OfstedGrade.Outstanding, 1)
            .Concat(Schools("Secondary", OfstedGrade.Good, 2))
            .Concat(Schools("Secondary", OfstedGrade.RequiresImprovement, 3));
        var pru = Schools("PRU", OfstedGrade.Inadequate, 1);
        var unknown = new[] { new OutcomeSchool("Primary", null, 200) };

        var columns = OfstedOutcomes.ByPhase([.. primary, .. secondary, .. pru, .. unknown]);

        Assert.Equal(["Primary", "Secondary", "Overall"], columns.Select(c => c.Name));
        var p = columns[0];
        Assert.Equal((33, 32), (p.Schools, p.Graded));
        Assert.Equal(
            (16, 66, 81, 19),
            (
                p.Percent(OfstedGrade.Outstanding),
                p.Percent(OfstedGrade.Good),
                p.PercentGoodOrBetter,
                p.Percent(OfstedGrade.RequiresImprovement)
            )
        );
        Assert.Equal(0, p.Percent(OfstedGrade.Inadequate));
        var overall = columns[^1];
        // The PRU is left out of Overall, as the seed's footnote says.
        Assert.Equal((38, 0), (overall.Graded, overall.Percent(OfstedGrade.Inadequate)));
        Assert.Equal(50, columns[1].PercentGoodOrBetter);
    }

    [Fact]
    public void Pupils_in_good_or_better_schools_weigh_schools_by_their_pupils_and_skip_unknowns()
    {
        OutcomeSchool[] schools =
        [
            new("Primary", OfstedGrade.Good, 300),
            new("Secondary", OfstedGrade.RequiresImprovement, 900),
            new("Primary", OfstedGrade.Outstanding, null),
            new("Primary", null, 500),
        ];

        Assert.Equal(25.0m, OfstedOutcomes.PupilsInGoodOrBetter(schools));
        Assert.Null(OfstedOutcomes.PupilsInGoodOrBetter([new("Primary", OfstedGrade.Good, null)]));
    }

    [Fact]
    public void A_column_with_no_graded_school_has_no_percentages_rather_than_zero()
    {
        var column = OfstedOutcomes.ByPhase([new OutcomeSchool("Primary", null, null)])[0];

        Assert.Null(column.Percent(OfstedGrade.Good));
        Assert.Null(column.PercentGoodOrBetter);
    }

    private static IEnumerable<OutcomeSchool> Schools(string phase, OfstedGrade grade, int count) =>
        Enumerable.Repeat(new OutcomeSchool(phase, grade, null), count);
}
