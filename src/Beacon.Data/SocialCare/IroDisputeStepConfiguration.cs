using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SocialCare;

internal sealed class IroDisputeStepConfiguration : IEntityTypeConfiguration<IroDisputeStep>
{
    public void Configure(EntityTypeBuilder<IroDisputeStep> step)
    {
        step.ToTable("iro_dispute_steps");
        step.HasIndex(s => new { s.DisputeId, s.Stage }).IsUnique();
    }
}
