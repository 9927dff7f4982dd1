using Beacon.Application.SocialCare;
using Beacon.Data;
using Beacon.Data.Imports;
using Beacon.Domain.Access;
using Beacon.Domain.Performance;
using Beacon.Domain.SocialCare;
using Beacon.Web.Access;
using Beacon.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Beacon.Web.Features.SocialCare;

/// <summary>
/// The social care manager's inspection readiness, every day rather than in inspection week: each practice
/// measure with its rating against the authority's target, its months and its change since the last extract; what
/// Annex A would show today; audit and moderation results; and every action that is overdue. Child-level.
/// </summary>
[RequirePermission(Permission.ViewChildLevelData)]
public sealed class ReadinessModel(BeaconDbContext db, IMemoryCache cache, OverdueSocialCareActions overdueActions, TimeProvider clock)
    : PageModel
{
    /// <summary>An extract older than this many days is flagged: Annex A is due within hours of notification.</summary>
    public const int StaleAfterDays = 7;

    public sealed record MeasureLine(
        PracticeMeasure Measure,
        MeasureTarget? Target,
        ProgressRating? Rating,
        IReadOnlyList<MonthlyValue> Months,
        decimal? Previous
    );

    public DateOnly Today { get; private set; }

    public IReadOnlyList<MeasureLine> Lines { get; private set; } = [];

    public ImportRun? Extract { get; private set; }

    public IReadOnlyDictionary<int, int> RowsByList { get; private set; } = new Dictionary<int, int>();

    public IReadOnlyDictionary<string, int> IssuesByKind { get; private set; } = new Dictionary<string, int>();

    public int Audits { get; private set; }

    public int Moderated { get; private set; }

    public Agreement? OverallAgreement { get; private set; }

    public IReadOnlyList<AuditTheme> Themes { get; private set; } = [];

    public IReadOnlyList<OverdueAction> Overdue { get; private set; } = [];

    public NextInspection? NextInspection { get; private set; }

    public bool LaCodeSet { get; private set; }

    /// <summary>The extract's latest event: the date its figures are as at, which is not today.</summary>
    public DateOnly? LatestEvent { get; private set; }

    public bool ExtractIsStale =>
        Extract is not null && Today.DayNumber - DateOnly.FromDateTime(Extract.StartedAtUtc).DayNumber > StaleAfterDays;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var flexible = await Data.SocialCare.FlexibleTimescales.InForceAsync(db, cancellationToken);
        await LoadMeasuresAsync(flexible, cancellationToken);
        await LoadAuditsAsync(cancellationToken);
        Overdue = await overdueActions.ListAsync(flexible, Lines.Select(l => l.Measure).ToList(), cancellationToken);
        NextInspection = await NextInspectionAsync(cancellationToken);
    }

    private async Task LoadMeasuresAsync(FlexibleDirections flexible, CancellationToken cancellationToken)
    {
        Extract = await LatestAnnexA.LatestRunAsync(db, cancellationToken);
        var measures = await LatestAnnexA.MeasuresAsync(db, cache, Today, cancellationToken, flexible);
        LatestEvent = Extract is null ? null : MeasureTrend.LatestEvent(measures, Today);
        var lastMonth = LatestEvent ?? Today;
        // The last extract before this one: its measures, as recorded when it was imported.
        var previousRun = Extract is null
            ? null
            : await db.PracticeMeasureResults.Where(r => r.ImportRunId < Extract.Id).MaxAsync(r => (long?)r.ImportRunId, cancellationToken);
        var previous = await db
            .PracticeMeasureResults.AsNoTracking()
            .Where(r => r.ImportRunId == previousRun)
            .ToDictionaryAsync(r => r.Code, cancellationToken);
        Lines = measures
            .Select(m =>
            {
                var target = SocialCareSettings.Target(HttpContext.RequestServices, m.Code);
                var before = previous.GetValueOrDefault(m.Code);
                return new MeasureLine(
                    m,
                    target,
                    MeasureTarget.Rate(m.Percent, m.HigherIsBetter, target),
                    MeasureTrend.Monthly(m, lastMonth),
                    before is null ? null : Percentage.Of(before.Count, before.Of)
                );
            })
            .ToList();
        RowsByList = await LatestAnnexA.RowsByListAsync(db, cancellationToken);
        IssuesByKind = await db
            .AnnexAIssues.GroupBy(i => i.Kind)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    private async Task LoadAuditsAsync(CancellationToken cancellationToken)
    {
        var graded = (await ModeratedAudits.AllAsync(db, cancellationToken)).Graded;
        Audits = graded.Count;
        Moderated = graded.Count(a => a.Moderated is not null);
        var byAuditor = AuditModeration.ByAuditor(graded);
        OverallAgreement =
            byAuditor.Count == 0 ? null : new Agreement("All auditors", byAuditor.Sum(a => a.Agreed), byAuditor.Sum(a => a.Compared));
        Themes = AuditModeration.Themes(graded).Take(3).ToList();
    }

    private async Task<NextInspection?> NextInspectionAsync(CancellationToken cancellationToken)
    {
        var la = HttpContext.RequestServices.Site().LaCode;
        LaCodeSet = la is not null;
        var last = await db
            .AuthorityInspections.AsNoTracking()
            .Where(i => i.Authority == la && i.OverallEffectiveness != null && i.Date <= Today)
            .OrderByDescending(i => i.Date)
            .FirstOrDefaultAsync(cancellationToken);
        var intervals = SocialCareSettings.InspectionIntervals(HttpContext.RequestServices);
        return last is null ? null : intervals.After(last.OverallEffectiveness, last.Date);
    }
}
