using Beacon.Application.Finance;
using Beacon.Data;
using Beacon.Domain.Access;
using Beacon.Domain.Periods;
using Beacon.Web.Access;
using Beacon.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Finance;

/// <summary>Each department's summary financial position for a quarter, as the quarterly report prints it.</summary>
[RequirePermission(Permission.ViewFinance)]
public sealed class IndexModel(BeaconDbContext db, FinanceCommentaryRecorder commentary) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "quarter")]
    public string? QuarterCode { get; set; }

    public IReadOnlyList<FinancialQuarter> Quarters { get; private set; } = [];

    public FinancialQuarter? Quarter { get; private set; }

    public IReadOnlyList<DepartmentFinance> Summaries { get; private set; } = [];

    /// <summary>Performance officers write each department's commentary on its position.</summary>
    public bool MayComment { get; private set; }

    [BindProperty]
    public string? Commentary { get; set; }

    public Task<IActionResult> OnGetAsync() => LoadAsync();

    /// <summary>Sets (or, when emptied, removes) a department's commentary for the quarter, signed with its lead officer's initials.</summary>
    public async Task<IActionResult> OnPostCommentaryAsync(int department)
    {
        if (!AccessPolicy.Can(User.ToBeaconUser(), Permission.EditPerformance))
        {
            return Forbid();
        }

        if (await LoadAsync() is not PageResult || Quarter is not { } quarter)
        {
            return NotFound();
        }

        if (Summaries.FirstOrDefault(s => s.Department.Id == department) is not { } shown)
        {
            return NotFound();
        }

        await commentary.SetAsync(shown.Department, quarter, Commentary, HttpContext.RequestAborted);
        return this.RedirectWithBanner($"/finance?quarter={quarter}#department-{department}", "The commentary is saved.");
    }

    private async Task<IActionResult> LoadAsync()
    {
        MayComment = AccessPolicy.Can(User.ToBeaconUser(), Permission.EditPerformance);
        Quarters = (await db.FinancialLines.Select(l => new { l.Year, l.Quarter }).Distinct().ToListAsync())
            .Select(q => new FinancialQuarter(q.Year, q.Quarter))
            .OrderDescending()
            .ToList();
        if (Quarters.Count == 0)
        {
            return Page();
        }

        var chosen =
            QuarterCode is null ? Quarters[0]
            : FinancialQuarter.Parse(QuarterCode) is { Succeeded: true } parsed ? parsed.Value
            : (FinancialQuarter?)null;
        if (chosen is not { } quarter || !Quarters.Contains(quarter))
        {
            return NotFound();
        }

        Quarter = quarter;
        Summaries = await DepartmentFinance.LoadAsync(db, quarter);
        return Page();
    }
}
