using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain.Access;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Domain.Statistics;
using Beacon.Reports.Performance;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Performance;

/// <summary>
/// One indicator: its history, Beacon's proposal for the quarter, and forms for the responsible officer to
/// enter the value, record the rating (a reason is needed to depart from the proposal) and add commentary.
/// </summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class IndicatorModel(BeaconDbContext db, ProgressRecorder recorder, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "quarter")]
    public string? QuarterCode { get; set; }

    [BindProperty]
    public ProgressRating? Rating { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Commentary { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    public Indicator Indicator { get; private set; } = new();

    public FinancialQuarter Quarter { get; private set; }

    public IndicatorAssessment Assessment { get; private set; } = null!;

    public IReadOnlyList<IndicatorAssessment> History { get; private set; } = [];

    public IReadOnlyList<Commentary> Comments { get; private set; } = [];

    public bool MayUpdate { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>The trend chart as a PNG, oldest quarter first.</summary>
    public async Task<IActionResult> OnGetChartAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var points = History
            .Reverse()
            .Select(h =>
                (h.Quarter.DisplayName.Replace(" 20", " ", StringComparison.Ordinal), h.Value?.Number is { } n ? (double?)n : null)
            )
            .ToList();
        return File(TrendChart.Png(points, (double?)Assessment.AnnualTarget), "image/png");
    }

    public async Task<IActionResult> OnPostRateAsync(int id)
    {
        if (await AuthorizeUpdateAsync(id) is { } refusal)
        {
            return refusal;
        }

        if (Rating is not { } rating)
        {
            ModelState.AddModelError(nameof(Rating), "Select a rating");
            return Page();
        }

        var problem = await recorder.RateAsync(
            JudgementSubject.Indicator,
            id,
            Quarter,
            rating,
            Assessment.Proposal.Rating,
            Assessment.Proposal.Reason,
            Reason,
            User.Identity!.Name!
        );
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(Reason), problem);
            return Page();
        }

        return Redirect($"/performance/indicators/{id}?quarter={Quarter}");
    }

    public async Task<IActionResult> OnPostCommentAsync(int id)
    {
        if (await AuthorizeUpdateAsync(id) is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(Commentary))
        {
            ModelState.AddModelError(nameof(Commentary), "Enter the commentary");
            return Page();
        }

        await recorder.CommentAsync(JudgementSubject.Indicator, id, Quarter, Commentary, Indicator.LeadOfficerInitials);
        return Redirect($"/performance/indicators/{id}?quarter={Quarter}");
    }

    public async Task<IActionResult> OnPostValueAsync(int id)
    {
        if (await AuthorizeUpdateAsync(id) is { } refusal)
        {
            return refusal;
        }

        if (!StatisticValue.TryParse(Value, out var parsed) || parsed == StatisticValue.Missing)
        {
            ModelState.AddModelError(nameof(Value), "Enter a number, or a symbol (c, x) where the value may not be published");
            return Page();
        }

        var value = await db.IndicatorValues.SingleOrDefaultAsync(v =>
            v.IndicatorId == id && v.Year == Quarter.StartYear && v.Quarter == Quarter.Quarter
        );
        if (value is null)
        {
            value = new IndicatorValue
            {
                IndicatorId = id,
                Year = Quarter.StartYear,
                Quarter = Quarter.Quarter,
            };
            db.IndicatorValues.Add(value);
        }

        value.Value = parsed.Number;
        value.Symbol = parsed.Suppression is { } s ? StatisticValue.SymbolOf(s) : null;
        db.AuditScope.Reason = $"{Quarter.DisplayName} value entered";
        await db.SaveChangesAsync();
        return Redirect($"/performance/indicators/{id}?quarter={Quarter}");
    }

    // Loads the page's state and refuses anyone who may not update this indicator: its own lead officer, or a performance editor.
    private async Task<IActionResult?> AuthorizeUpdateAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return MayUpdate ? null : Forbid();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        var quarter =
            QuarterCode is null ? null
            : FinancialQuarter.Parse(QuarterCode) is { Succeeded: true } parsed ? parsed.Value
            : (FinancialQuarter?)null;
        if (indicator is null || (QuarterCode is not null && quarter is null))
        {
            return false;
        }

        Indicator = indicator;
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == id).ToListAsync();
        var targets = await db.IndicatorTargets.AsNoTracking().Where(t => t.IndicatorId == id).ToListAsync();
        var judgements = await db
            .ProgressJudgements.AsNoTracking()
            .Where(j => j.SubjectType == nameof(JudgementSubject.Indicator) && j.SubjectId == id)
            .ToListAsync();
        var latest = values
            .Select(v => new FinancialQuarter(v.Year, v.Quarter))
            .DefaultIfEmpty(FinancialQuarter.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            .Max();
        Quarter = quarter ?? latest;
        var quarters = values.Select(v => new FinancialQuarter(v.Year, v.Quarter)).Append(Quarter).Distinct().OrderDescending();
        History = quarters.Select(q => IndicatorAssessment.Assess(indicator, q, values, targets, Find(judgements, q))).ToList();
        Assessment = History.Single(h => h.Quarter == Quarter);
        Comments = await db
            .Commentaries.AsNoTracking()
            .Where(c =>
                c.SubjectType == nameof(JudgementSubject.Indicator)
                && c.SubjectId == id
                && c.Year == Quarter.StartYear
                && c.Quarter == Quarter.Quarter
            )
            .OrderBy(c => c.Id)
            .ToListAsync();
        MayUpdate = AccessPolicy.CanUpdateIndicator(User.ToBeaconUser(), indicator.LeadOfficerInitials);
        return true;
    }

    private static ProgressJudgement? Find(IEnumerable<ProgressJudgement> judgements, FinancialQuarter quarter) =>
        judgements.FirstOrDefault(j => j.Year == quarter.StartYear && j.Quarter == quarter.Quarter);
}
