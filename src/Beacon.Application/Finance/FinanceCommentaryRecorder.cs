using Beacon.Data;
using Beacon.Data.Finance;
using Beacon.Data.Performance;
using Beacon.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Application.Finance;

/// <summary>A department's financial commentary for a quarter, signed with its lead officer's initials; audited.</summary>
public sealed class FinanceCommentaryRecorder(BeaconDbContext db)
{
    /// <summary>Sets the commentary; empty text removes it.</summary>
    public async Task SetAsync(Department department, FinancialQuarter quarter, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(department);
        var existing = await db.Commentaries.SingleOrDefaultAsync(
            c =>
                c.SubjectType == DepartmentFinance.CommentarySubject
                && c.SubjectId == department.Id
                && c.Year == quarter.StartYear
                && c.Quarter == quarter.Quarter,
            cancellationToken
        );
        var trimmed = text?.Trim() ?? "";
        if (existing is null && trimmed.Length > 0)
        {
            db.Commentaries.Add(
                new Commentary
                {
                    SubjectType = DepartmentFinance.CommentarySubject,
                    SubjectId = department.Id,
                    Year = quarter.StartYear,
                    Quarter = quarter.Quarter,
                    Text = trimmed,
                    Initials = department.LeadOfficerInitials ?? "",
                }
            );
        }
        else if (existing is not null && trimmed.Length > 0)
        {
            existing.Text = trimmed;
        }
        else if (existing is not null)
        {
            db.Commentaries.Remove(existing);
        }

        db.AuditScope.Reason = "Financial commentary";
        await db.SaveChangesAsync(cancellationToken);
    }
}
