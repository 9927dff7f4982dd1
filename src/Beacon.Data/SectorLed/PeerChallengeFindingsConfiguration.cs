using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SectorLed;

internal sealed class PeerChallengeFindingsConfiguration : IEntityTypeConfiguration<PeerChallengeFindings>
{
    public void Configure(EntityTypeBuilder<PeerChallengeFindings> findings)
    {
        findings.ToTable("peer_challenge_findings");
        findings.Property(f => f.Strengths).HasMaxLength(20_000);
        findings.Property(f => f.AreasToConsider).HasMaxLength(20_000);
        findings.Property(f => f.Recommendations).HasMaxLength(20_000);
        findings.Property(f => f.WrittenBy).HasMaxLength(256);
        findings.HasIndex(f => new { f.AuthorityOrganisationId, f.PeerChallengeId });
    }
}
