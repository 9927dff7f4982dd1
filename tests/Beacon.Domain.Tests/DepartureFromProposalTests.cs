using Beacon.Domain.Performance;

namespace Beacon.Domain.Tests;

public sealed class DepartureFromProposalTests
{
    [Theory]
    [InlineData(ProgressRating.Amber, ProgressRating.Amber, null, false)]
    [InlineData(ProgressRating.Amber, ProgressRating.Red, null, true)]
    [InlineData(ProgressRating.Amber, ProgressRating.Red, " ", true)]
    [InlineData(ProgressRating.Amber, ProgressRating.Red, "The data is a quarter late", false)]
    [InlineData(null, ProgressRating.Green, null, false)] // no proposal, nothing to depart from
    public void A_rating_other_than_the_proposal_needs_a_reason(
        ProgressRating? proposed,
        ProgressRating decided,
        string? reason,
        bool unexplained
    ) => Assert.Equal(unexplained, DepartureFromProposal.IsUnexplained(proposed, decided, reason));
}
