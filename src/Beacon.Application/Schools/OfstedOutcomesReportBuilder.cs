using Beacon.Data;
using Beacon.Domain.Schools;
using Beacon.Reports.Schools;

namespace Beacon.Application.Schools;

/// <summary>Gathers a group's outcomes as at a period's end, and the inspections in the period, into the report model.</summary>
public static class OfstedOutcomesReportBuilder
{
    public static async Task<OfstedOutcomesReport> BuildAsync(
        BeaconDbContext db,
        SchoolGroup group,
        DateOnly from,
        DateOnly to,
        BeaconSiteOptions site,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(site);
        var outcomes = await SchoolOutcomes.LoadAsync(db, group, to, cancellationToken);
        var counted = SchoolOutcomes.Counted(outcomes);
        var inspected = outcomes
            // Only the school's own inspections in the period: a predecessor's belong to the predecessor's report.
            .Where(o => o.Latest is { } i && i.StartDate >= from && i.Urn == o.School.Urn)
            .OrderByDescending(o => o.Latest!.StartDate)
            .ThenBy(o => o.School.Name, StringComparer.Ordinal)
            .Select(o => new ReportInspection(
                o.School.Name,
                o.School.Urn,
                o.School.Phase,
                o.Latest!.StartDate,
                ((OfstedGrade)o.Latest.OverallEffectiveness!.Value).Name() + (o.Latest.CategoryOfConcern is { } c ? $" ({c})" : ""),
                o.Latest.Strengths,
                o.Latest.AreasForImprovement
            ))
            .ToList();
        return new OfstedOutcomesReport(
            site.AuthorityName,
            group.Describe(),
            from,
            to,
            inspected,
            OfstedOutcomes.ByPhase(counted),
            OfstedOutcomes.PupilsInGoodOrBetter(counted),
            counted.Count(c => c.Grade is null)
        );
    }
}
