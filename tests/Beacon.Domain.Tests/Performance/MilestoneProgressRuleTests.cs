using Beacon.Domain.Performance;

namespace Beacon.Domain.Tests.Performance;

public class MilestoneProgressRuleTests
{
    private static readonly DateOnly Today = new(2013, 7, 15);

    [Fact]
    public void A_milestone_past_its_due_date_and_not_complete_is_proposed_red() =>
        Assert.Equal(ProgressRating.Red, MilestoneProgressRule.Propose(new DateOnly(2013, 6, 30), null, Today));

    [Fact]
    public void A_completed_milestone_is_proposed_green() =>
        Assert.Equal(ProgressRating.Green, MilestoneProgressRule.Propose(new DateOnly(2014, 3, 31), new DateOnly(2013, 7, 1), Today));

    [Fact]
    public void A_milestone_in_time_is_left_to_the_officer()
    {
        Assert.Null(MilestoneProgressRule.Propose(new DateOnly(2014, 3, 31), null, Today));
        Assert.Null(MilestoneProgressRule.Propose(null, null, Today));
        Assert.Null(MilestoneProgressRule.Propose(Today, null, Today));
    }
}
