using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class SchoolReviewSchoolConfiguration : IEntityTypeConfiguration<SchoolReviewSchool>
{
    public void Configure(EntityTypeBuilder<SchoolReviewSchool> school)
    {
        school.ToTable("school_review_schools");
        school.HasKey(s => new { s.ReviewId, s.Urn });
        school.HasOne<SchoolReview>().WithMany().HasForeignKey(s => s.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
