using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Risks;

internal sealed class RiskReviewConfiguration : IEntityTypeConfiguration<RiskReview>
{
    public void Configure(EntityTypeBuilder<RiskReview> review)
    {
        review.ToTable("risk_reviews");
        review.HasIndex(r => new
        {
            r.RiskId,
            r.Year,
            r.Quarter,
        });
    }
}
