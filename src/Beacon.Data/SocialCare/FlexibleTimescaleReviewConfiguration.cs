using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SocialCare;

internal sealed class FlexibleTimescaleReviewConfiguration : IEntityTypeConfiguration<FlexibleTimescaleReview>
{
    public void Configure(EntityTypeBuilder<FlexibleTimescaleReview> review)
    {
        review.ToTable("flexible_timescale_reviews");
        review.HasIndex(r => r.TimescaleId);
    }
}
