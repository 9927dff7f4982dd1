using Beacon.Application.Performance;
using Beacon.Data;
using Beacon.Data.Performance;
using Beacon.Domain.Access;
using Beacon.Domain.Performance;
using Beacon.Domain.Periods;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Performance;

/// <summary>
/// The quarter's narrative (key developments, emerging issues, risk control, equality actions): performance
/// officers add, change and remove its titled parts; every change is in the audit trail.
/// </summary>
[RequirePermission(Permission.EditPerformance)]
public sealed class NarrativeModel(BeaconDbContext db, NarrativeRecorder recorder) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "quarter")]
    public string QuarterCode { get; set; } = "";

    /// <summary>The part being changed; none to add one.</summary>
    [BindProperty(SupportsGet = true, Name = "id")]
    public int? PartId { get; set; }

    [BindProperty]
    public NarrativeKind? Kind { get; set; }

    [BindProperty]
    public string? PartTitle { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    public FinancialQuarter Quarter { get; private set; }

    public IReadOnlyList<NarrativeSection> Parts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Parts.FirstOrDefault(p => p.Id == PartId) is { } part)
        {
            (Kind, PartTitle, Body) = (part.Kind, part.Title, part.Body);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var saved = await recorder.SaveAsync(Quarter, PartId, Kind, PartTitle, Body, HttpContext.RequestAborted);
        if (saved.Succeeded)
        {
            return this.RedirectWithBanner($"/performance/narrative?quarter={Quarter}", "The narrative is saved.");
        }

        if (saved.Problem!.Code == NarrativeRecorder.NotFound)
        {
            return NotFound();
        }

        ModelState.AddProblem(saved.Problem);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var removed = await recorder.RemoveAsync(Quarter, PartId ?? 0, HttpContext.RequestAborted);
        return removed.Succeeded ? Redirect($"/performance/narrative?quarter={Quarter}") : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (FinancialQuarter.Parse(QuarterCode) is not { Succeeded: true } parsed)
        {
            return false;
        }

        Quarter = parsed.Value;
        Parts = await db
            .Narratives.AsNoTracking()
            .Where(n => n.Year == Quarter.StartYear && n.Quarter == Quarter.Quarter)
            .OrderBy(n => n.SortOrder)
            .ToListAsync();
        return true;
    }
}
