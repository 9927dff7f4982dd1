using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SocialCare;

internal sealed class FlexibleTimescaleRecordConfiguration : IEntityTypeConfiguration<FlexibleTimescaleRecord>
{
    public void Configure(EntityTypeBuilder<FlexibleTimescaleRecord> timescale)
    {
        timescale.ToTable("flexible_timescales");
        timescale.HasIndex(t => t.ChildId);
        timescale
            .Property(t => t.Decision)
            .HasConversion<string>()
            .HasMaxLength(32)
            .HasDefaultValue(Domain.SocialCare.FlexibleDecision.AssessmentTimescale);
    }
}
