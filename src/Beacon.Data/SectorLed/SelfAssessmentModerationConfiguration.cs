using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SectorLed;

internal sealed class SelfAssessmentModerationConfiguration : IEntityTypeConfiguration<SelfAssessmentModeration>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentModeration> moderation)
    {
        moderation.ToTable("self_assessment_moderations");
        moderation.Property(m => m.AreaCode).HasMaxLength(40);
        moderation.Property(m => m.ModeratedGrade).HasMaxLength(60);
        moderation.Property(m => m.Challenge).HasMaxLength(20_000);
        moderation.Property(m => m.ModeratedBy).HasMaxLength(256);
        moderation.HasIndex(m => new { m.AuthorityOrganisationId, m.SelfAssessmentId });
    }
}
