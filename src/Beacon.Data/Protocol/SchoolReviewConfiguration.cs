using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class SchoolReviewConfiguration : IEntityTypeConfiguration<SchoolReview>
{
    public void Configure(EntityTypeBuilder<SchoolReview> review)
    {
        review.ToTable("school_reviews");
        review.HasIndex(r => r.Term).IsUnique();
    }
}
