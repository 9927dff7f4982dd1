namespace Beacon.Domain.SocialCare;

/// <summary>The next inspection an authority should expect: its kind, the date it is due by, and monitoring visits before it.</summary>
public sealed record NextInspection(string Kind, DateOnly DueBy, IReadOnlyList<DateOnly> MonitoringVisits, string Basis);

/// <summary>
/// Proportionate re-inspection, as the authority sets it (configuration <c>Beacon:Inspections</c>). The defaults
/// are the sector-led improvement paper's example (seed 004, 17.5): re-inspection after 18 months for an
/// authority judged inadequate, three years for one requiring improvement (formerly satisfactory), five years for
/// good or outstanding, with monitoring visits every three months while inadequate. Ofsted may come sooner where
/// there are concerns; Beacon says so where the authority has early warnings.
/// </summary>
public sealed record InspectionIntervals(
    int InadequateMonths = 18,
    int RequiresImprovementMonths = 36,
    int GoodMonths = 60,
    int MonitoringEveryMonths = 3
)
{
    public NextInspection? After(string? overallEffectiveness, DateOnly inspected)
    {
        var judgement = (overallEffectiveness ?? "").Trim().ToLowerInvariant();
        if (judgement.StartsWith("inadequate", StringComparison.Ordinal))
        {
            var due = inspected.AddMonths(InadequateMonths);
            var visits = new List<DateOnly>();
            for (var visit = inspected.AddMonths(MonitoringEveryMonths); visit < due; visit = visit.AddMonths(MonitoringEveryMonths))
            {
                visits.Add(visit);
            }

            return new(
                "Re-inspection",
                due,
                visits,
                $"inadequate: re-inspection within {InadequateMonths} months, monitoring visits every {MonitoringEveryMonths}"
            );
        }

        if (
            judgement.StartsWith("requires improvement", StringComparison.Ordinal)
            || judgement.StartsWith("satisfactory", StringComparison.Ordinal)
        )
        {
            return new(
                "Standard inspection",
                inspected.AddMonths(RequiresImprovementMonths),
                [],
                $"requires improvement: inspection within {RequiresImprovementMonths} months"
            );
        }

        if (judgement is "good" or "outstanding")
        {
            return new(
                "Short inspection",
                inspected.AddMonths(GoodMonths),
                [],
                $"{judgement}: short inspection within {GoodMonths} months"
            );
        }

        return null;
    }
}
