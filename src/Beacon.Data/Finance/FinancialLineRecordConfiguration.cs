using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Finance;

internal sealed class FinancialLineRecordConfiguration : IEntityTypeConfiguration<FinancialLineRecord>
{
    public void Configure(EntityTypeBuilder<FinancialLineRecord> line)
    {
        line.ToTable("financial_lines");
        foreach (
            var money in new[]
            {
                nameof(FinancialLineRecord.AnnualBudget),
                nameof(FinancialLineRecord.BudgetToDate),
                nameof(FinancialLineRecord.ExpenditureToDate),
            }
        )
        {
            line.Property(money).HasPrecision(18, 2);
        }

        line.HasIndex(l => new
            {
                l.DepartmentId,
                l.Year,
                l.Quarter,
                l.LineGroup,
                l.Name,
            })
            .IsUnique();
        line.Property(l => l.LineGroup).HasConversion<string>();
    }
}
