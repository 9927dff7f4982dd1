using Beacon.Domain.Achievement;

namespace Beacon.Domain.Tests.Achievement;

public class AchievementRulesTests
{
    private static readonly AchievementCatalog Catalog = AchievementCatalog.Shipped;

    [Fact]
    public void The_shipped_catalog_maps_both_publishers_column_names_to_one_measure()
    {
        Assert.Equal("ks2_rwm_exp", Catalog.ForColumn("pt_rwm_met_expected_standard", "ks2_la")?.Code);
        Assert.Equal("ks2_rwm_exp", Catalog.ForColumn("PTRWM_EXP", "school-performance-tables-201819")?.Code);
        Assert.Equal(MeasureUnit.Score, Catalog.ForColumn("P8MEA", "england_ks4final")?.Unit);
        Assert.Null(Catalog.ForColumn("t_read_eligible_pupils", "ks2_la"));
    }

    [Theory]
    // DfE names KS1 and KS2 writing alike: the file's dataset decides, KS2 where it names no key stage.
    [InlineData("pt_writta_met_expected_standard", "ks1_regional_and_local_authority_2016_to_2023", "ks1_writ_exp")]
    [InlineData("pt_writta_met_expected_standard", "KS1_LA", "ks1_writ_exp")]
    [InlineData("pt_writta_met_expected_standard", "ks2_la", "ks2_writ_exp")]
    [InlineData("pt_writta_met_expected_standard", "northmoor_results", "ks2_writ_exp")]
    [InlineData("pt_readta_met_expected_standard", "ks1_la", "ks1_read_exp")]
    [InlineData("pt_readta_met_expected_standard", "ks2_la", null)]
    // The newest phonics files name their figure generically: read only from a phonics dataset.
    [InlineData("expected_standard_pupil_percent", "phonics_y1_regional_and_local_authority_2012_to_2025", "phonics_y1_exp")]
    [InlineData("expected_standard_pupil_percent", "mtc_la", null)]
    [InlineData("pt_phonics_y1_met_expected_standard", "phonics_la", "phonics_y1_exp")]
    [InlineData("gld_percentage", "1_eyfsp_headline_measures_2022", "eyfs_gld")]
    [InlineData("gld_children_percent", "anything", "eyfs_gld")]
    public void A_column_two_key_stages_share_is_read_by_the_files_dataset(string column, string dataset, string? code) =>
        Assert.Equal(code, Catalog.ForColumn(column, dataset)?.Code);

    [Fact]
    public void The_newest_phonics_files_Year_2_rows_are_the_retake_not_the_Year_1_measure_and_the_year_names_no_group()
    {
        const string file = "phonics_y1_regional_and_local_authority_2012_to_2025";
        const string year1 = "establishment_type_group=All state funded|sex=Female|year_group=Year 1|disadvantage_status=Total";
        const string year2 = "establishment_type_group=All state funded|sex=Female|year_group=Year 2|disadvantage_status=Total";

        var measure = Catalog.ForColumn("expected_standard_pupil_percent", file, year1);

        Assert.Equal("phonics_y1_exp", measure?.Code);
        Assert.Equal("Female", measure!.GroupOf(year1));
        // Year 2 rows are those who retook the check (seed 000, 7.3: "80% of those eligible ... again").
        var retake = Catalog.ForColumn("expected_standard_pupil_percent", file, year2);
        Assert.Equal("phonics_y2_retake", retake?.Code);
        Assert.Equal("Female", retake!.GroupOf(year2));
        // Older files have no year group column: every row is the measure's.
        Assert.Equal(
            "phonics_y1_exp",
            Catalog.ForColumn("pt_phonics_y1_met_expected_standard", file, "breakdown=Total|gender=Girls")?.Code
        );
    }

    [Theory]
    [InlineData("ks4_att8", 2016, 2015, false)] // 9-1 grading of English and maths: 2016/17 against 2015/16
    [InlineData("ks4_att8", 2018, 2017, true)]
    [InlineData("ks4_att8", 2019, 2018, false)] // exams not sat: 2019/20 against 2018/19
    [InlineData("ks4_att8", 2021, 2020, false)]
    [InlineData("ks4_att8", 2023, 2022, true)]
    [InlineData("ks4_5ac_em", 2016, 2015, false)] // replaced by Attainment 8 and the basics measures
    [InlineData("ks2_rwm_exp", 2015, 2014, false)] // the expected standard began in 2015/16
    [InlineData("ks2_rwm_exp", 2022, 2018, true)]
    [InlineData("eyfs_gld", 2021, 2018, false)] // the reformed early years profile from 2021/22
    [InlineData("eyfs_gld", 2023, 2022, true)]
    [InlineData("ks1_read_exp", 2021, 2018, true)] // not assessed in 2019/20 and 2020/21, but the same standard
    [InlineData("ks1_read_exp", 2023, 2022, false)] // no longer statutory from 2023/24
    [InlineData("phonics_y1_exp", 2012, 2011, true)]
    public void Years_across_a_series_break_are_not_compared(string code, int year, int earlier, bool comparable) =>
        Assert.Equal(comparable, Catalog.Measures.Single(m => m.Code == code).IsComparable(year, earlier));

    [Fact]
    public void The_change_on_last_year_is_none_across_a_break_or_where_a_figure_is_missing()
    {
        var att8 = Catalog.Measures.Single(m => m.Code == "ks4_att8");

        Assert.Equal(1.2m, att8.ChangeOnLastYear(2018, 46.7m, 45.5m));
        Assert.Null(att8.ChangeOnLastYear(2016, 46.7m, 48.5m));
        Assert.Null(att8.ChangeOnLastYear(2018, 46.7m, null));
    }

    [Fact]
    public void Gaps_have_the_committees_sign_and_a_missing_side_gives_no_gap()
    {
        // Seed 000, item 7.3: girls 81%, boys 70% in SPaG: a gap of 11 points in girls' favour.
        Assert.Equal(11m, Gaps.Gender(girls: 81m, boys: 70m));
        // Boys ahead (the Level 5+ reading "positive" gap) is a negative gender gap.
        Assert.Equal(-3m, Gaps.Gender(girls: 45m, boys: 48m));
        // FSM 64% against non-FSM 83%: disadvantaged pupils 19 points behind.
        Assert.Equal(19m, Gaps.Disadvantage(others: 83m, disadvantaged: 64m));
        Assert.Null(Gaps.Disadvantage(others: 83m, disadvantaged: null));
    }

    [Fact]
    public void A_gap_trend_compares_sizes_and_needs_a_comparable_year()
    {
        var rwm = Catalog.Measures.Single(m => m.Code == "ks2_rwm_exp");
        var att8 = Catalog.Measures.Single(m => m.Code == "ks4_att8");

        Assert.Equal(GapTrend.Narrowed, Gaps.Trend(rwm, 2018, gap: 9m, lastYearsGap: 14m));
        Assert.Equal(GapTrend.Widened, Gaps.Trend(rwm, 2018, gap: -6m, lastYearsGap: 4m));
        Assert.Null(Gaps.Trend(att8, 2019, gap: 9m, lastYearsGap: 14m));
    }

    [Theory]
    [InlineData(60, -6, 0, 0, true)] // under 65% and reading progress below -5
    [InlineData(60, -1, -1, -1, false)] // under 65% but progress sufficient in all three
    [InlineData(70, -9, -9, -9, false)] // 65% or more: above the floor whatever the progress
    public void The_2019_KS2_floor_needs_low_attainment_and_low_progress(double rwm, double read, double write, double maths, bool below)
    {
        var floor = Catalog.FloorFor("KS2", 2018)!;
        var figures = new Dictionary<string, decimal>
        {
            ["ks2_rwm_exp"] = (decimal)rwm,
            ["ks2_read_prog"] = (decimal)read,
            ["ks2_writ_prog"] = (decimal)write,
            ["ks2_mat_prog"] = (decimal)maths,
        };

        Assert.Equal(below, floor.Rule.IsMet(figures));
    }

    [Fact]
    public void A_suppressed_figure_leaves_the_floor_undecided_unless_another_decides_it()
    {
        var floor = Catalog.FloorFor("KS2", 2018)!;

        // Progress known and low, attainment suppressed: cannot say.
        Assert.Null(floor.Rule.IsMet(new Dictionary<string, decimal> { ["ks2_read_prog"] = -8m }));
        // Attainment 80%: above the floor whatever the missing progress scores.
        Assert.False(floor.Rule.IsMet(new Dictionary<string, decimal> { ["ks2_rwm_exp"] = 80m }));
        Assert.Null(Catalog.FloorFor("KS2", 2022));
        Assert.True(Catalog.FloorFor("KS4", 2018)!.Rule.IsMet(new Dictionary<string, decimal> { ["ks4_p8"] = -0.6m }));
    }
}

public class SpreadTests
{
    [Fact]
    public void Quartiles_interpolate_as_a_spreadsheet_does()
    {
        // QUARTILE.INC({1,2,3,4,5,6,7,8}) gives 2.75, 4.5 and 6.25.
        var spread = Spread.Of([8m, 1m, 3m, 2m, 5m, 4m, 7m, 6m])!;

        Assert.Equal(
            (8, 1m, 2.75m, 4.5m, 6.25m, 8m),
            (spread.Schools, spread.Lowest, spread.LowerQuartile, spread.Median, spread.UpperQuartile, spread.Highest)
        );
        Assert.Equal(5m, Spread.Of([5m])!.Median);
        Assert.Null(Spread.Of([]));
    }
}
