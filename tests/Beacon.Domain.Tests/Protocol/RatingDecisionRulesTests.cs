using Beacon.Domain.Protocol;

namespace Beacon.Domain.Tests.Protocol;

public class RatingDecisionRulesTests
{
    [Theory]
    [InlineData(SchoolRating.Amber, SchoolRating.Amber, null, false, null)]
    [InlineData(SchoolRating.Amber, SchoolRating.AmberGreen, null, false, "Give a reason for departing from the proposed rating (AMBER).")]
    [InlineData(SchoolRating.Amber, SchoolRating.AmberGreen, "  ", false, "Give a reason for departing from the proposed rating (AMBER).")]
    [InlineData(SchoolRating.Amber, SchoolRating.AmberGreen, "Teaching has improved", false, null)]
    [InlineData(null, SchoolRating.Red, null, false, null)] // no proposal, so nothing to depart from
    [InlineData(
        SchoolRating.Amber,
        SchoolRating.Amber,
        null,
        true,
        "The review is closed, so its decisions stand: a later change needs a reason."
    )]
    [InlineData(SchoolRating.Amber, SchoolRating.Red, "Confirmed after the meeting", true, null)]
    public void A_departure_or_a_decision_after_closing_needs_a_reason(
        SchoolRating? proposed,
        SchoolRating rating,
        string? reason,
        bool closed,
        string? refusal
    ) => Assert.Equal(refusal, RatingDecisionRules.Check(proposed, rating, reason, closed).Problem?.Message);
}
