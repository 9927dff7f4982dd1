using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SectorLed;

internal sealed class PeerChallengeConfiguration : IEntityTypeConfiguration<PeerChallenge>
{
    public void Configure(EntityTypeBuilder<PeerChallenge> challenge)
    {
        challenge.ToTable("peer_challenges");
        challenge.Property(c => c.Scope).HasMaxLength(4_000);
        challenge.Property(c => c.LinesOfEnquiry).HasMaxLength(4_000);
        challenge.Property(c => c.RequestedBy).HasMaxLength(256);
        challenge.Property(c => c.Response).HasMaxLength(20_000);
        challenge.Property(c => c.ActionPlan).HasMaxLength(20_000);
        challenge.Property(c => c.FollowUp).HasMaxLength(20_000);
        challenge.HasMany(c => c.Team).WithOne().HasForeignKey(m => m.PeerChallengeId);
    }
}
