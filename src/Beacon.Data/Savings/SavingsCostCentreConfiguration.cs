using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Savings;

internal sealed class SavingsCostCentreConfiguration : IEntityTypeConfiguration<SavingsCostCentre>
{
    public void Configure(EntityTypeBuilder<SavingsCostCentre> centre)
    {
        centre.ToTable("savings_cost_centres");
        centre.HasIndex(c => new { c.ProgrammeId, c.Heading }).IsUnique();
        foreach (
            var money in new[]
            {
                nameof(SavingsCostCentre.Employees),
                nameof(SavingsCostCentre.Other),
                nameof(SavingsCostCentre.Recharges),
                nameof(SavingsCostCentre.Reserves),
                nameof(SavingsCostCentre.Income),
            }
        )
        {
            centre.Property(money).HasPrecision(18, 2);
        }

        centre.Property(c => c.Heading).HasMaxLength(200);
        centre.Property(c => c.Code).HasMaxLength(20);
        centre.HasMany(c => c.Options).WithOne().HasForeignKey(o => o.CostCentreId).OnDelete(DeleteBehavior.Cascade);
        centre.Ignore(c => c.Budget);
    }
}
