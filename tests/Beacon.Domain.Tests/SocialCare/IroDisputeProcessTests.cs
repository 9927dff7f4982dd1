using Beacon.Domain.SocialCare;

namespace Beacon.Domain.Tests.SocialCare;

public sealed class IroDisputeProcessTests
{
    private static readonly DisputeStage[] Stages = [.. IroDisputeProcess.DefaultStages];

    [Fact]
    public void A_stage_is_due_its_working_days_after_it_started_leaving_out_Christmas_and_New_Year()
    {
        // Started on Christmas Eve 2026: Christmas Day, the Boxing Day holiday moved to Monday 28th, and New Year's
        // Day are not working days, nor the weekend between.
        var status = IroDisputeProcess.Status(Stages, 1, new DateOnly(2026, 12, 24), resolved: false, new DateOnly(2027, 1, 5));

        Assert.Equal(new DateOnly(2027, 1, 5), status.DueOn);
        Assert.False(status.Overdue);
        Assert.True(IroDisputeProcess.Status(Stages, 1, new DateOnly(2026, 12, 24), false, new DateOnly(2027, 1, 6)).Overdue);
    }

    [Fact]
    public void A_resolved_dispute_is_never_overdue_and_the_last_stage_cannot_be_escalated()
    {
        var resolved = IroDisputeProcess.Status(Stages, 2, new DateOnly(2026, 1, 5), resolved: true, new DateOnly(2026, 6, 1));
        var last = IroDisputeProcess.Status(Stages, Stages.Length, new DateOnly(2026, 1, 5), resolved: false, new DateOnly(2026, 1, 6));

        Assert.Equal((false, false), (resolved.Overdue, resolved.CanEscalate));
        Assert.Equal((false, "Director of children's services"), (last.CanEscalate, last.StageName));
        Assert.Equal(new DateOnly(2026, 1, 19), last.DueOn);
    }

    [Fact]
    public void A_stage_outside_the_process_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            IroDisputeProcess.Status(Stages, 0, new DateOnly(2026, 1, 5), false, new DateOnly(2026, 1, 5))
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            IroDisputeProcess.Status(Stages, 5, new DateOnly(2026, 1, 5), false, new DateOnly(2026, 1, 5))
        );
    }
}
