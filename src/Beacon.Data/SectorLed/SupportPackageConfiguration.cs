using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SectorLed;

internal sealed class SupportPackageConfiguration : IEntityTypeConfiguration<SupportPackage>
{
    public void Configure(EntityTypeBuilder<SupportPackage> package)
    {
        package.ToTable("support_packages");
        package.Property(p => p.Provider).HasMaxLength(200);
        package.Property(p => p.Scope).HasMaxLength(4_000);
        package.Property(p => p.Cost).HasPrecision(18, 2);
        package.Property(p => p.Outcome).HasMaxLength(4_000);
        package.Property(p => p.BrokeredBy).HasMaxLength(256);
        package.HasIndex(p => new { p.AuthorityOrganisationId, p.PerformanceRiskId });
    }
}
