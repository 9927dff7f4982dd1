using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Risks;

internal sealed class DirectorateRiskConfiguration : IEntityTypeConfiguration<DirectorateRisk>
{
    public void Configure(EntityTypeBuilder<DirectorateRisk> risk)
    {
        risk.ToTable("directorate_risks");
        risk.HasIndex(r => r.Reference).IsUnique();
        risk.Property(r => r.OwnerInitials).HasMaxLength(10);
        risk.HasMany(r => r.Reviews).WithOne().HasForeignKey(r => r.RiskId).OnDelete(DeleteBehavior.Restrict);
    }
}
