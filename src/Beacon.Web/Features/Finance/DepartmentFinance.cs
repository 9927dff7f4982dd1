using Beacon.Data;
using Beacon.Data.Finance;
using Beacon.Domain.Finance;
using Beacon.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Finance;

/// <summary>Each department's financial summary for a quarter, in report order; departments with no lines are left out.</summary>
public static class DepartmentFinance
{
    public static async Task<IReadOnlyList<(Department Department, FinancialSummary Summary)>> LoadAsync(
        BeaconDbContext db,
        FinancialQuarter quarter,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var lines = await db
            .FinancialLines.AsNoTracking()
            .Where(l => l.Year == quarter.StartYear && l.Quarter == quarter.Quarter)
            .OrderBy(l => l.SortOrder)
            .ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ToListAsync(cancellationToken);
        return departments
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
    }
}
