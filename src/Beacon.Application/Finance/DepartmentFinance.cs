using Beacon.Data;
using Beacon.Data.Finance;
using Beacon.Domain.Finance;
using Beacon.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Finance;

/// <summary>A department's financial summary for a quarter and its lead officer's commentary on it.</summary>
public sealed record DepartmentFinance(Department Department, FinancialSummary Summary, string? Commentary)
{
    /// <summary>The commentary's subject type in the commentary table: one text per department and quarter.</summary>
    public const string CommentarySubject = "Department";

    /// <summary>Each department's summary in report order; departments with no lines are left out.</summary>
    public static async Task<IReadOnlyList<DepartmentFinance>> LoadAsync(
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
        var commentary = await db
            .Commentaries.AsNoTracking()
            .Where(c => c.SubjectType == CommentarySubject && c.Year == quarter.StartYear && c.Quarter == quarter.Quarter)
            .ToDictionaryAsync(c => c.SubjectId, c => c.Text, cancellationToken);
        return departments
            .Select(d => new DepartmentFinance(
                d,
                new FinancialSummary(
                    lines
                        .Where(l => l.DepartmentId == d.Id)
                        .Select(l => new FinancialLine(l.LineGroup, l.Name, new(l.AnnualBudget, l.BudgetToDate, l.ExpenditureToDate)))
                        .ToList()
                ),
                commentary.GetValueOrDefault(d.Id)
            ))
            .Where(s => s.Summary.Lines.Count > 0)
            .ToList();
    }
}
