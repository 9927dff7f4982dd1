using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain.Access;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Reports.Performance;
using Beacon.Web.Access;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Performance;

/// <summary>The quarter's indicators and milestones with their ratings and direction of travel, filterable.</summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class IndexModel(BeaconDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "quarter")]
    public string? QuarterCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "area")]
    public int? AreaId { get; set; }

    [BindProperty(SupportsGet = true, Name = "lead")]
    public string? Lead { get; set; }

    public IReadOnlyList<FinancialQuarter> Quarters { get; private set; } = [];

    public FinancialQuarter Quarter { get; private set; }

    public IReadOnlyList<BusinessArea> Areas { get; private set; } = [];

    public IReadOnlyList<LeadOfficer> LeadOfficers { get; private set; } = [];

    public IReadOnlyList<IndicatorAssessment> Indicators { get; private set; } = [];

    public IReadOnlyList<(Milestone Milestone, ProgressRating? Rating)> Milestones { get; private set; } = [];

    public IReadOnlyList<NarrativeSection> Narratives { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var reported = await db.IndicatorValues.Select(v => new { v.Year, v.Quarter }).Distinct().ToListAsync();
        var judged = await db.ProgressJudgements.Select(j => new { j.Year, j.Quarter }).Distinct().ToListAsync();
        Quarters = reported.Concat(judged).Distinct().Select(q => new FinancialQuarter(q.Year, q.Quarter)).OrderDescending().ToList();
        if (QuarterCode is not null)
        {
            var parsed = FinancialQuarter.Parse(QuarterCode);
            if (!parsed.Succeeded)
            {
                return NotFound();
            }

            Quarter = parsed.Value;
        }
        else
        {
            // The latest quarter with values to report; failing that, the latest with a rating; failing that, today's.
            Quarter =
                reported.Count > 0 ? reported.Select(q => new FinancialQuarter(q.Year, q.Quarter)).Max()
                : Quarters.Count > 0 ? Quarters[0]
                : FinancialQuarter.Current(clock);
        }

        Narratives = await db
            .Narratives.AsNoTracking()
            .Where(n => n.Year == Quarter.StartYear && n.Quarter == Quarter.Quarter)
            .OrderBy(n => n.SortOrder)
            .ToListAsync();
        Areas = await db.BusinessAreas.AsNoTracking().OrderBy(a => a.SortOrder).ToListAsync();
        LeadOfficers = await db.LeadOfficers.AsNoTracking().OrderBy(o => o.Initials).ToListAsync();
        var indicators = await db
            .Indicators.AsNoTracking()
            .Where(i => (AreaId == null || i.BusinessAreaId == AreaId) && (Lead == null || i.LeadOfficerInitials == Lead))
            .OrderBy(i => i.Reference)
            .ToListAsync();
        var ids = indicators.Select(i => i.Id).ToList();
        var lastYear = Quarter.StartYear - 1;
        var values = await db
            .IndicatorValues.AsNoTracking()
            .Where(v => ids.Contains(v.IndicatorId) && (v.Year == Quarter.StartYear || v.Year == lastYear))
            .ToListAsync();
        var targets = await db
            .IndicatorTargets.AsNoTracking()
            .Where(t => ids.Contains(t.IndicatorId) && t.Year == Quarter.StartYear)
            .ToListAsync();
        var judgements = await db
            .ProgressJudgements.AsNoTracking()
            .Where(j => j.Year == Quarter.StartYear && j.Quarter == Quarter.Quarter)
            .ToListAsync();
        var (valuesOf, targetsOf) = (values.ToLookup(v => v.IndicatorId), targets.ToLookup(t => t.IndicatorId));
        Indicators = indicators
            .Select(i =>
                IndicatorAssessment.Assess(
                    i,
                    Quarter,
                    valuesOf[i.Id],
                    targetsOf[i.Id],
                    Judgement(judgements, JudgementSubject.Indicator, i.Id)
                )
            )
            .ToList();
        var milestones = await db
            .Milestones.AsNoTracking()
            .Where(m => (AreaId == null || m.BusinessAreaId == AreaId) && (Lead == null || m.LeadOfficerInitials == Lead))
            .OrderBy(m => m.BusinessAreaId)
            .ThenBy(m => m.SortOrder)
            .ToListAsync();
        Milestones = milestones
            .Select(m =>
                (
                    m,
                    Judgement(judgements, JudgementSubject.Milestone, m.Id) is { } j
                        ? Enum.Parse<ProgressRating>(j.Rating)
                        : (ProgressRating?)null
                )
            )
            .ToList();
        return Page();
    }

    /// <summary>The quarter's Directorate Performance Overview Report to download: Word (the default) or a self-contained HTML file.</summary>
    public async Task<IActionResult> OnGetReportAsync(string? format, CancellationToken cancellationToken)
    {
        if (FinancialQuarter.Parse(QuarterCode ?? "") is not { Succeeded: true } parsed || format is not (null or "docx" or "html"))
        {
            return NotFound();
        }

        var report = await PerformanceReportBuilder.BuildAsync(db, parsed.Value, HttpContext.RequestServices.Site(), cancellationToken);
        var name = $"performance-overview-{parsed.Value}";
        if (format == "html")
        {
            return File(System.Text.Encoding.UTF8.GetBytes(PerformanceReportHtml.Write(report)), "text/html", name + ".html");
        }

        var stream = new MemoryStream();
        PerformanceReportDocx.Write(report, stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
    }

    private static ProgressJudgement? Judgement(IEnumerable<ProgressJudgement> judgements, JudgementSubject subject, int id) =>
        judgements.FirstOrDefault(j => j.SubjectType == subject.ToString() && j.SubjectId == id);
}
