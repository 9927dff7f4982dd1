using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SectorLed;

internal sealed class SelfAssessmentSignOffConfiguration : IEntityTypeConfiguration<SelfAssessmentSignOff>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentSignOff> signOff)
    {
        signOff.ToTable("self_assessment_sign_offs");
        signOff.Property(s => s.Role).HasConversion<string>().HasMaxLength(40);
        signOff.Property(s => s.SignedBy).HasMaxLength(256);
        signOff
            .HasIndex(s => new
            {
                s.SelfAssessmentId,
                s.Revision,
                s.Role,
            })
            .IsUnique();
    }
}
