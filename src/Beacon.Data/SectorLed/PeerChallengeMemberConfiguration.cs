using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SectorLed;

internal sealed class PeerChallengeMemberConfiguration : IEntityTypeConfiguration<PeerChallengeMember>
{
    public void Configure(EntityTypeBuilder<PeerChallengeMember> member)
    {
        member.ToTable("peer_challenge_members");
        member.Property(m => m.UserName).HasMaxLength(256);
        member.HasIndex(m => new { m.PeerChallengeId, m.UserName }).IsUnique();
        // Who serves on which challenge is looked up by the peer, across every authority's challenges.
        member.HasIndex(m => m.UserName);
    }
}
