using Beacon.Domain.Protocol;

namespace Beacon.Domain.Tests.Protocol;

public class RatingProposerTests
{
    private static readonly ProtocolVersion Protocol = ProtocolCatalog.Shipped;

    private static readonly SchoolFacts Nothing = new(null, null, [], null, null, null, new Dictionary<string, bool>());

    [Fact]
    public void The_shipped_protocol_is_the_seeds_appendix_with_every_band()
    {
        Assert.Equal(15, Protocol.Criteria.Count);
        Assert.Equal(
            [(CriterionBand.Red, 6), (CriterionBand.Amber, 6), (CriterionBand.Green, 3)],
            Protocol.Criteria.GroupBy(c => c.Band).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Key)
        );
    }

    [Theory]
    [InlineData("R1", 4, "Special Measures", true)]
    [InlineData("R1", 3, null, false)]
    [InlineData("A1", 3, null, true)]
    [InlineData("A1", 2, null, false)]
    [InlineData("G1", 2, null, true)]
    [InlineData("G1", 1, null, true)]
    [InlineData("G1", 3, null, false)]
    public void Inspection_criteria_read_the_last_graded_inspection(string code, int grade, string? category, bool met) =>
        Assert.Equal(met, Result(code, Nothing with { LastGrade = grade, CategoryOfConcern = category }).Met);

    [Theory]
    [InlineData("R5", new[] { "Inadequate progress", "Satisfactory" }, true)]
    [InlineData("R5", new[] { "Satisfactory", "Inadequate progress" }, false)] // the latest visit counts
    [InlineData("R6", new[] { "Satisfactory progress", "Requires improvement" }, true)]
    [InlineData("R6", new[] { "Satisfactory progress", "Good progress" }, false)]
    [InlineData("G2", new[] { "Good progress" }, true)]
    [InlineData("R5", new[] { "Leaders are not taking effective action" }, true)] // Ofsted's words since 2015
    [InlineData("R5", new[] { "Leaders are taking effective action" }, false)]
    public void Monitoring_criteria_read_the_latest_visits(string code, string[] visits, bool met) =>
        Assert.Equal(met, Result(code, Nothing with { MonitoringOutcomes = visits }).Met);

    [Fact]
    public void School_is_making_at_least_satisfactory_progress_as_an_outcome_from_a_monitoring_visit_is_an_amber_criterion()
    {
        var criterion = Protocol.Criteria.Single(c => c.Text.Contains("at least satisfactory progress", StringComparison.Ordinal));

        Assert.Equal(CriterionBand.Amber, criterion.Band);
        Assert.Equal("School is making at least satisfactory progress as an outcome from a monitoring visit", criterion.Text);
        Assert.True(RatingProposer.Evaluate(criterion, Nothing with { MonitoringOutcomes = ["Satisfactory progress"] }).Met);
        Assert.True(RatingProposer.Evaluate(criterion, Nothing with { MonitoringOutcomes = ["Leaders are taking effective action"] }).Met);
        Assert.False(
            RatingProposer.Evaluate(criterion, Nothing with { MonitoringOutcomes = ["Leaders are not taking effective action"] }).Met
        );
        Assert.False(RatingProposer.Evaluate(criterion, Nothing with { MonitoringOutcomes = ["Inadequate progress"] }).Met);
        Assert.Null(RatingProposer.Evaluate(criterion, Nothing).Met);
        // A satisfactory monitoring visit alone is amber, as Appendix 2 places it.
        Assert.Equal(
            SchoolRating.Amber,
            RatingProposer.Propose(Protocol, Nothing with { MonitoringOutcomes = ["Satisfactory progress"] }).Rating
        );
    }

    [Fact]
    public void The_first_version_is_kept_as_it_was_for_the_reviews_opened_under_it()
    {
        var first = ProtocolCatalog.ShippedVersions[0];

        Assert.Equal(1, first.Version);
        Assert.Equal(14, first.Criteria.Count);
        Assert.DoesNotContain(first.Criteria, c => c.Check == "monitoring-satisfactory");
        Assert.Equal(2, Protocol.Version);
    }

    [Fact]
    public void Two_successive_visits_need_two_visits_to_be_known()
    {
        var result = Result("R6", Nothing with { MonitoringOutcomes = ["Satisfactory progress"] });

        Assert.Null(result.Met);
    }

    [Theory]
    [InlineData(12, true)]
    [InlineData(10, true)] // at the threshold
    [InlineData(9.5, false)]
    public void Serious_concern_about_achievement_is_attainment_far_below_England(double points, bool met) =>
        Assert.Equal(met, Result("R2", Nothing with { PointsBelowNational = (decimal)points }).Met);

    [Fact]
    public void Floor_leadership_change_and_officer_judgements_are_read_as_recorded()
    {
        Assert.True(Result("A2", Nothing with { BelowFloor = true }).Met);
        Assert.True(Result("A5", Nothing with { HeadteacherChanged = true }).Met);
        Assert.True(Result("R3", Nothing with { OfficerJudgements = new Dictionary<string, bool> { ["R3"] = true } }).Met);
        Assert.False(Result("R3", Nothing with { OfficerJudgements = new Dictionary<string, bool> { ["R3"] = false } }).Met);
        // Not judged this term is unknown, never "not met".
        Assert.Null(Result("R3", Nothing).Met);
        Assert.Null(Result("A2", Nothing).Met);
    }

    [Fact]
    public void The_collective_rule_goes_from_the_most_serious_band_down()
    {
        var inCategory = Nothing with { LastGrade = 4, CategoryOfConcern = "Serious Weaknesses" };
        var oneRed = Nothing with { LastGrade = 2, PointsBelowNational = 11 };
        var twoRed = oneRed with { OfficerJudgements = new Dictionary<string, bool> { ["R4"] = true } };
        var requiresImprovement = Nothing with { LastGrade = 3 };
        var goodButNewHead = Nothing with { LastGrade = 2, HeadteacherChanged = true };
        var good = Nothing with { LastGrade = 1 };

        Assert.Equal(SchoolRating.Red, RatingProposer.Propose(Protocol, inCategory).Rating);
        Assert.Equal(SchoolRating.AmberRed, RatingProposer.Propose(Protocol, oneRed).Rating);
        Assert.Equal(SchoolRating.Red, RatingProposer.Propose(Protocol, twoRed).Rating);
        Assert.Equal(SchoolRating.Amber, RatingProposer.Propose(Protocol, requiresImprovement).Rating);
        Assert.Equal(SchoolRating.GreenAmber, RatingProposer.Propose(Protocol, goodButNewHead).Rating);
        Assert.Equal(SchoolRating.Green, RatingProposer.Propose(Protocol, good).Rating);
        Assert.Null(RatingProposer.Propose(Protocol, Nothing).Rating);
    }

    [Fact]
    public void A_proposals_reasons_name_the_criteria_met_with_their_figures()
    {
        var proposal = RatingProposer.Propose(Protocol, Nothing with { LastGrade = 3, BelowFloor = true });

        Assert.Equal(["A1", "A2"], proposal.Reasons.Select(r => r.Criterion.Code));
        Assert.Equal("last graded inspection: grade 3", proposal.Reasons.First().Evidence);
    }

    [Fact]
    public void A_version_naming_a_check_Beacon_does_not_have_is_refused()
    {
        using var json = new MemoryStream(
            """{"version":2,"inForceFrom":"2026-09-01","title":"t","criteria":[{"code":"X","band":"Red","text":"x","check":"crystal-ball"}]}"""u8.ToArray()
        );

        var error = Assert.Throws<InvalidDataException>(() => ProtocolCatalog.Read(json));
        Assert.Contains("crystal-ball", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RED/AMBER", SchoolRating.RedAmber)]
    [InlineData("amber / green", SchoolRating.AmberGreen)]
    [InlineData("GREEN", SchoolRating.Green)]
    public void Ratings_read_as_the_protocol_writes_them(string text, SchoolRating expected)
    {
        Assert.True(SchoolRatings.TryParse(text, out var rating));
        Assert.Equal(expected, rating);
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), rating.Name());
        Assert.False(SchoolRatings.TryParse("PURPLE", out _));
    }

    private static CriterionResult Result(string code, SchoolFacts facts) =>
        RatingProposer.Evaluate(Protocol.Criteria.Single(c => c.Code == code), facts);
}
