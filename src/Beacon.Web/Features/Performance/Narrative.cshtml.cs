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
public sealed class NarrativeModel(BeaconDbContext db) : PageModel
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

        if (Kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Select the section this part belongs to");
        }

        ModelState.Require(nameof(Body), Body, "Enter the text");

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var part = PartId is { } id
            ? await db.Narratives.SingleOrDefaultAsync(n => n.Id == id && n.Year == Quarter.StartYear && n.Quarter == Quarter.Quarter)
            : null;
        if (PartId is not null && part is null)
        {
            return NotFound();
        }

        if (part is null)
        {
            part = new NarrativeSection
            {
                Year = Quarter.StartYear,
                Quarter = Quarter.Quarter,
                SortOrder = Parts.Count == 0 ? 1 : Parts.Max(p => p.SortOrder) + 1,
            };
            db.Narratives.Add(part);
        }

        part.Kind = Kind!.Value;
        part.Title = PartTitle?.Trim() ?? "";
        // One blank line between paragraphs, however the browser sent the line breaks.
        part.Body = Body!.ReplaceLineEndings("\n").Trim();
        db.AuditScope.Reason = $"Narrative for {Quarter.DisplayName}";
        await db.SaveChangesAsync();
        return Redirect($"/performance/narrative?quarter={Quarter}");
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        if (!await LoadAsync() || Parts.FirstOrDefault(p => p.Id == PartId) is null)
        {
            return NotFound();
        }

        db.Narratives.Remove(await db.Narratives.SingleAsync(n => n.Id == PartId));
        db.AuditScope.Reason = $"Narrative for {Quarter.DisplayName} removed";
        await db.SaveChangesAsync();
        return Redirect($"/performance/narrative?quarter={Quarter}");
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
