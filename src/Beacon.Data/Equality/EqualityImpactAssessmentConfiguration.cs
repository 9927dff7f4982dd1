using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Equality;

internal sealed class EqualityImpactAssessmentConfiguration : IEntityTypeConfiguration<EqualityImpactAssessment>
{
    public void Configure(EntityTypeBuilder<EqualityImpactAssessment> assessment)
    {
        assessment.ToTable("equality_impact_assessments");
        assessment.HasIndex(a => a.Reference).IsUnique();
        assessment.Property(a => a.Reference).HasMaxLength(40);
        assessment.Property(a => a.Subject).HasConversion<string>().HasMaxLength(20);
        assessment.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(40);
        assessment.HasMany(a => a.Impacts).WithOne().HasForeignKey(i => i.AssessmentId);
        assessment.HasMany(a => a.Actions).WithOne().HasForeignKey(a => a.AssessmentId);
        assessment.HasMany<EqualityAssessmentVersion>().WithOne().HasForeignKey(v => v.AssessmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
