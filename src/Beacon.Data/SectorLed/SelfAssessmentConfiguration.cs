using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SectorLed;

internal sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>
{
    public void Configure(EntityTypeBuilder<SelfAssessment> assessment)
    {
        assessment.ToTable("self_assessments");
        assessment.Property(a => a.FrameworkCode).HasMaxLength(40);
        assessment.Property(a => a.Title).HasMaxLength(200);
        assessment.Property(a => a.Period).HasMaxLength(20);
        assessment.Property(a => a.CreatedBy).HasMaxLength(256);
        assessment.HasMany(a => a.Areas).WithOne().HasForeignKey(a => a.SelfAssessmentId);
        assessment.HasMany(a => a.SignOffs).WithOne().HasForeignKey(s => s.SelfAssessmentId);
    }
}
