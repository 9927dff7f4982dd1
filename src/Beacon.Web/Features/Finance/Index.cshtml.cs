using Beacon.Data;
using Beacon.Data.Finance;
using Beacon.Domain.Access;
using Beacon.Domain.Finance;
using Beacon.Domain.Periods;
using Beacon.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Finance;

/// <summary>Each department's summary financial position for a quarter, as the quarterly report prints it.</summary>
[RequirePermission(Permission.ViewFinance)]
public sealed class IndexModel(BeaconDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "quarter")]
    public string? QuarterCode { get; set; }

    public IReadOnlyList<FinancialQuarter> Quarters { get; private set; } = [];

    public FinancialQuarter? Quarter { get; private set; }

    public IReadOnlyList<(Department Department, FinancialSummary Summary)> Summaries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
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
