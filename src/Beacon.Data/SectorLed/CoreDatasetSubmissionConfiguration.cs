using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SectorLed;

internal sealed class CoreDatasetSubmissionConfiguration : IEntityTypeConfiguration<CoreDatasetSubmission>
{
    public void Configure(EntityTypeBuilder<CoreDatasetSubmission> submission)
    {
        submission.ToTable("core_dataset_submissions");
        submission.Property(s => s.SubmittedBy).HasMaxLength(256);
        submission.HasIndex(s => s.CollectionId).IsUnique();
        submission.HasMany(s => s.Figures).WithOne().HasForeignKey(f => f.SubmissionId);
    }
}
