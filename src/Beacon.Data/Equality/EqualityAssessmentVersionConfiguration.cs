using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Equality;

internal sealed class EqualityAssessmentVersionConfiguration : IEntityTypeConfiguration<EqualityAssessmentVersion>
{
    public void Configure(EntityTypeBuilder<EqualityAssessmentVersion> version)
    {
        version.ToTable("equality_assessment_versions");
        version.HasIndex(v => new { v.AssessmentId, v.Version }).IsUnique();
    }
}
