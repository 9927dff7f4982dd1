using System.Globalization;
using Beacon.Application.Equality;
using Beacon.Application.Finance;
using Beacon.Application.Risks;
using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Reports.Performance;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Performance;

/// <summary>Gathers a quarter's framework, judgements, commentary and finance into the report model.</summary>
public static class PerformanceReportBuilder
{
    public static async Task<PerformanceReport> BuildAsync(
        BeaconDbContext db,
        FinancialQuarter quarter,
        BeaconSiteOptions site,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(site);
        var (year, q) = (quarter.StartYear, quarter.Quarter);
        var areas = await db.BusinessAreas.AsNoTracking().OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        var milestones = await db.Milestones.AsNoTracking().OrderBy(m => m.SortOrder).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Reference).ToListAsync(cancellationToken);
        var values = await db
            .IndicatorValues.AsNoTracking()
            .Where(v => v.Year == year || v.Year == year - 1)
            .ToListAsync(cancellationToken);
        var targets = await db.IndicatorTargets.AsNoTracking().Where(t => t.Year == year).ToListAsync(cancellationToken);
        var judgements = await db
            .ProgressJudgements.AsNoTracking()
            .Where(j => j.Year == year && j.Quarter == q)
            .ToListAsync(cancellationToken);
        var (valuesOf, targetsOf) = (values.ToLookup(v => v.IndicatorId), targets.ToLookup(t => t.IndicatorId));
        var comments = await db
            .Commentaries.AsNoTracking()
            .Where(c => c.Year == year && c.Quarter == q)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);

        List<ReportComment> CommentsOn(JudgementSubject subject, int id, string reference) =>
            comments
                .Where(c => c.SubjectType == subject.ToString() && c.SubjectId == id)
                .Select(c => new ReportComment(reference, c.Text, c.Initials))
                .ToList();
        ProgressJudgement? Judged(JudgementSubject subject, int id) =>
            judgements.FirstOrDefault(j => j.SubjectType == subject.ToString() && j.SubjectId == id);

        var reportAreas = areas
            .Select(area => new ReportArea(
                area.Name,
                milestones
                    .Where(m => m.BusinessAreaId == area.Id)
                    .Select(m => new ReportMilestone(
                        m.ObjectiveReference,
                        m.Text,
                        Judged(JudgementSubject.Milestone, m.Id) is { } j ? j.Rating : null,
                        CommentsOn(JudgementSubject.Milestone, m.Id, m.ObjectiveReference)
                    ))
                    .ToList(),
                indicators
                    .Where(i => i.BusinessAreaId == area.Id)
                    .Select(i =>
                    {
                        var assessment = IndicatorAssessment.Assess(
                            i,
                            quarter,
                            valuesOf[i.Id],
                            targetsOf[i.Id],
                            Judged(JudgementSubject.Indicator, i.Id)
                        );
                        var lastYear = valuesOf[i.Id].FirstOrDefault(v => v.Year == year - 1 && v.Quarter == q);
                        return new ReportIndicator(
                            i.Reference,
                            i.Title,
                            lastYear is null ? null : IndicatorAssessment.ToStatistic(lastYear).ToString(),
                            assessment.Value?.ToString(),
                            assessment.AnnualTarget?.ToString("0.##", CultureInfo.InvariantCulture),
                            assessment.Rating,
                            assessment.Direction,
                            CommentsOn(JudgementSubject.Indicator, i.Id, i.Reference),
                            Trend(valuesOf[i.Id], quarter, assessment.AnnualTarget)
                        );
                    })
                    .ToList()
            ))
            .ToList();

        var finance = (await DepartmentFinance.LoadAsync(db, quarter, cancellationToken))
            .Select(d => new ReportDepartmentFinance(d.Department.Name, d.Summary, d.Commentary, d.Department.LeadOfficerInitials))
            .ToList();
        var officers = await db
            .LeadOfficers.AsNoTracking()
            .OrderBy(o => o.Initials)
            .Select(o => new ReportLeadOfficer(o.Initials, o.Name, o.Title))
            .ToListAsync(cancellationToken);
        var narratives = (
            await db
                .Narratives.AsNoTracking()
                .Where(n => n.Year == year && n.Quarter == q)
                .OrderBy(n => n.SortOrder)
                .ToListAsync(cancellationToken)
        )
            .Select(n => new ReportNarrative(n.Kind, n.Title, n.Body))
            .ToList();
        // Where the directorate keeps its risk register in Beacon, section 4.0 is written from it, not by hand.
        if (await db.Risks.AnyAsync(cancellationToken))
        {
            var matrix = site.Risks;
            var lines = await RiskRegister.LinesAsync(db, matrix, quarter, cancellationToken);
            narratives.RemoveAll(n => n.Kind == NarrativeKind.RiskControl);
            narratives.Add(
                new ReportNarrative(
                    NarrativeKind.RiskControl,
                    "Directorate Risk Register",
                    RiskControlNarrative.For(lines, matrix, quarter)
                )
            );
        }

        // Likewise section 5.0 from the equality impact assessments, once the directorate keeps any in Beacon.
        if (await db.EqualityAssessments.AnyAsync(cancellationToken))
        {
            var actions = await EqualityAssessments.HighPriorityAsync(db, quarter, cancellationToken);
            narratives.RemoveAll(n => n.Kind == NarrativeKind.EqualityActions);
            narratives.Add(new ReportNarrative(NarrativeKind.EqualityActions, "", EqualityActionsNarrative.For(actions, quarter)));
        }

        return new PerformanceReport(site.AuthorityName, site.DirectorateName, quarter, narratives, reportAreas, finance, officers);
    }

    /// <summary>
    /// Last year's quarters and this year's up to the one reported; none where fewer than two have a value,
    /// since a single point shows no trend.
    /// </summary>
    private static ReportTrend? Trend(IEnumerable<IndicatorValue> values, FinancialQuarter quarter, decimal? target)
    {
        var byQuarter = values.ToDictionary(v => new FinancialQuarter(v.Year, v.Quarter));
        var points = new List<(string Label, double? Value)>();
        for (var q = new FinancialQuarter(quarter.StartYear - 1, 1); q <= quarter; q = q.Next)
        {
            var value = byQuarter.TryGetValue(q, out var v) ? IndicatorAssessment.ToStatistic(v).Number : null;
            points.Add((q.ShortName, value is { } n ? (double)n : null));
        }

        return points.Count(p => p.Value is not null) < 2 ? null : new ReportTrend(points, (double?)target);
    }
}
