using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SectorLed;

internal sealed class SelfAssessmentAreaConfiguration : IEntityTypeConfiguration<SelfAssessmentArea>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentArea> area)
    {
        area.ToTable("self_assessment_areas");
        area.Property(a => a.AreaCode).HasMaxLength(40);
        area.Property(a => a.Grade).HasMaxLength(60);
        area.Property(a => a.Narrative).HasMaxLength(20_000);
        area.Property(a => a.Evidence).HasMaxLength(2_000);
        area.HasIndex(a => new { a.SelfAssessmentId, a.AreaCode }).IsUnique();
    }
}
