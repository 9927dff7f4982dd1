using Beacon.Domain.SocialCare;

namespace Beacon.Domain.Tests.SocialCare;

/// <summary>The proportionate re-inspection rules: when the next inspection is due after each judgement.</summary>
public sealed class InspectionIntervalsTests
{
    [Fact]
    public void An_inadequate_authority_expects_monitoring_visits_and_an_earlier_re_inspection()
    {
        var next = new InspectionIntervals().After("Inadequate", new DateOnly(2024, 1, 15))!;

        Assert.Equal(("Re-inspection", new DateOnly(2025, 7, 15)), (next.Kind, next.DueBy));
        Assert.Equal(5, next.MonitoringVisits.Count);
        Assert.Equal(new DateOnly(2024, 4, 15), next.MonitoringVisits[0]);
        Assert.Equal(
            new DateOnly(2027, 1, 15),
            new InspectionIntervals().After("Requires improvement to be good", new DateOnly(2024, 1, 15))!.DueBy
        );
        Assert.Null(new InspectionIntervals().After(null, new DateOnly(2024, 1, 15)));
    }
}
