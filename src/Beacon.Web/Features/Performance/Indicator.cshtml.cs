using Beacon.Application.Performance;
using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain.Access;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Domain.Statistics;
using Beacon.Reports.Performance;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Performance;

/// <summary>
/// One indicator: its history, Beacon's proposal for the quarter, and one form for the responsible officer to
/// enter the value, record the rating (a reason is needed to depart from the proposal) and add commentary.
/// </summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class IndicatorModel(BeaconDbContext db, IndicatorUpdater updater, IndicatorRecorder targets, TimeProvider clock) : PageModel
{
    private static readonly string[] SavedParts = ["value", "rating", "commentary", "targets"];

    /// <summary>What the last save kept ("value-rating"), for the success banner; only the form's own parts are named.</summary>
    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? Saved { get; set; }

    public string? Done =>
        Saved?.Split('-').Where(SavedParts.Contains).ToList() is { Count: > 0 } parts
            ? $"Saved the {(parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1])} for {Quarter.DisplayName}"
            : null;

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

    [BindProperty]
    public TargetForm Target { get; set; } = new();

    public Indicator Indicator { get; private set; } = new();

    /// <summary>Targets are set by performance officers; a lead officer does not set their own.</summary>
    public bool MaySetTargets { get; private set; }

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

        var points = History.Reverse().Select(h => (h.Quarter.ShortName, h.Value?.Number is { } n ? (double?)n : null)).ToList();
        return File(TrendChart.Png(points, (double?)Assessment.AnnualTarget), "image/png");
    }

    public async Task<IActionResult> OnPostUpdateAsync(int id)
    {
        if (await AuthorizeUpdateAsync(id) is { } refusal)
        {
            return refusal;
        }

        var saved = await updater.SaveAsync(
            id,
            Quarter,
            new IndicatorUpdate(Value, Rating, Reason, Commentary),
            User.Identity!.Name!,
            HttpContext.RequestAborted
        );
        if (!saved.Succeeded)
        {
            ModelState.AddProblem(saved.Problem!);
            return Page();
        }

        return Redirect($"/performance/indicators/{id}?quarter={Quarter}&saved={string.Join('-', saved.Value)}");
    }

    public async Task<IActionResult> OnPostTargetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!MaySetTargets)
        {
            return Forbid();
        }

        var annual = ParseTarget(Target.Annual, "Target.Annual", required: true);
        var profile = new[] { Target.Q1, Target.Q2, Target.Q3, Target.Q4 }
            .Select((text, i) => ParseTarget(text, $"Target.Q{i + 1}", required: false))
            .ToArray();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var set = await targets.SetTargetAsync(id, Quarter, annual!.Value, profile, Target.Reason, HttpContext.RequestAborted);
        if (!set.Succeeded)
        {
            ModelState.AddProblem(set.Problem!, "Target.Reason");
            return Page();
        }

        return Redirect($"/performance/indicators/{id}?quarter={Quarter}&saved=targets");
    }

    private decimal? ParseTarget(string? text, string field, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                ModelState.AddModelError(field, "Enter the annual target");
            }

            return null;
        }

        if (StatisticValue.TryParse(text, out var value) && value.Number is { } number)
        {
            return number;
        }

        ModelState.AddModelError(field, $"Enter the target as a number, like 80 or 7.5 (not '{text.Trim()}')");
        return null;
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
        var latest = values.Select(v => new FinancialQuarter(v.Year, v.Quarter)).DefaultIfEmpty(FinancialQuarter.Current(clock)).Max();
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
        MaySetTargets = AccessPolicy.Can(User.ToBeaconUser(), Permission.EditPerformance);
        return true;
    }

    private static ProgressJudgement? Find(IEnumerable<ProgressJudgement> judgements, FinancialQuarter quarter) =>
        judgements.FirstOrDefault(j => j.Year == quarter.StartYear && j.Quarter == quarter.Quarter);
}

/// <summary>The target form: the annual target for the quarter's financial year, optional quarterly profile, and why it changed.</summary>
public sealed class TargetForm
{
    public string? Annual { get; set; }

    public string? Q1 { get; set; }

    public string? Q2 { get; set; }

    public string? Q3 { get; set; }

    public string? Q4 { get; set; }

    public string? Reason { get; set; }
}
