using Beacon.Domain.Periods;
using Beacon.Domain.Risks;

namespace Beacon.Domain.Tests.Risks;

/// <summary>The authority's risk matrix: a score is likelihood times impact, and a high risk must be reviewed in its quarter.</summary>
public sealed class RiskMatrixTests
{
    private static readonly RiskMatrix FourByFour = new()
    {
        Size = 4,
        HighFrom = 9,
        ReviewQuarter = 2,
    };

    [Theory]
    [InlineData(3, 3, 9, true)]
    [InlineData(2, 4, 8, false)]
    [InlineData(4, 4, 16, true)]
    public void A_score_is_likelihood_times_impact_and_high_from_the_authoritys_threshold(int likelihood, int impact, int score, bool high)
    {
        var scored = FourByFour.Score(likelihood, impact);

        Assert.Equal(score, scored.Value);
        Assert.Equal(high, FourByFour.IsHigh(scored.Value));
    }

    [Fact]
    public void A_score_off_the_matrix_is_refused_naming_what_is_off()
    {
        var scored = FourByFour.Score(5, 0);

        Assert.Equal(["likelihood", "impact"], scored.Problem!.Details.Select(d => d.Code));
    }

    [Fact]
    public void A_high_risk_not_reviewed_by_its_quarter_is_flagged_after_it_and_not_before()
    {
        var q2 = new FinancialQuarter(2013, 2);
        var q3 = new FinancialQuarter(2013, 3);

        Assert.False(RiskReviewDue.IsOverdue(FourByFour, isHigh: true, [], q2));
        Assert.True(RiskReviewDue.IsOverdue(FourByFour, isHigh: true, [new FinancialQuarter(2013, 1)], q3));
        Assert.False(RiskReviewDue.IsOverdue(FourByFour, isHigh: true, [q2], q3));
        Assert.False(RiskReviewDue.IsOverdue(FourByFour, isHigh: false, [], q3));
    }
}
