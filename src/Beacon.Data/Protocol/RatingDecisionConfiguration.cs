using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class RatingDecisionConfiguration : IEntityTypeConfiguration<RatingDecision>
{
    public void Configure(EntityTypeBuilder<RatingDecision> decision)
    {
        decision.ToTable("rating_decisions");
        decision.HasIndex(d => new { d.ReviewId, d.Urn });
    }
}
