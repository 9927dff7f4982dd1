using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SectorLed;

internal sealed class PerformanceRiskConfiguration : IEntityTypeConfiguration<PerformanceRisk>
{
    public void Configure(EntityTypeBuilder<PerformanceRisk> risk)
    {
        risk.ToTable("performance_risks");
        risk.Property(r => r.Title).HasMaxLength(200);
        risk.Property(r => r.Description).HasMaxLength(4_000);
        risk.Property(r => r.IndicatorCode).HasMaxLength(60);
        risk.Property(r => r.RaisedBy).HasMaxLength(256);
    }
}
