using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Savings;

internal sealed class SavingsProgrammeConfiguration : IEntityTypeConfiguration<SavingsProgramme>
{
    public void Configure(EntityTypeBuilder<SavingsProgramme> programme)
    {
        programme.ToTable("savings_programmes");
        programme.HasIndex(p => p.Code).IsUnique();
        programme.Property(p => p.TargetSaving).HasPrecision(18, 2);
        programme.Property(p => p.ReservesCarriedForward).HasPrecision(18, 2);
        programme.HasMany(p => p.CostCentres).WithOne().HasForeignKey(c => c.ProgrammeId);
    }
}
