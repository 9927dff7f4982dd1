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
        var lines = await db
            .FinancialLines.AsNoTracking()
            .Where(l => l.Year == quarter.StartYear && l.Quarter == quarter.Quarter)
            .OrderBy(l => l.SortOrder)
            .ToListAsync();
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ToListAsync();
        Summaries = departments
            .Select(d =>
                (
                    d,
                    new FinancialSummary(
                        lines
                            .Where(l => l.DepartmentId == d.Id)
                            .Select(l => new FinancialLine(
                                Enum.Parse<FinancialLineGroup>(l.LineGroup),
                                l.Name,
                                new(l.AnnualBudget, l.BudgetToDate, l.ExpenditureToDate)
                            ))
                            .ToList()
                    )
                )
            )
            .Where(s => s.Item2.Lines.Count > 0)
            .ToList();
        return Page();
    }
}
