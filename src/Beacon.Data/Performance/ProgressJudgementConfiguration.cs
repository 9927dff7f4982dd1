using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Performance;

internal sealed class ProgressJudgementConfiguration : IEntityTypeConfiguration<ProgressJudgement>
{
    public void Configure(EntityTypeBuilder<ProgressJudgement> judgement)
    {
        judgement.ToTable("progress_judgements");
        judgement
            .HasIndex(j => new
            {
                j.SubjectType,
                j.SubjectId,
                j.Year,
                j.Quarter,
            })
            .IsUnique();
        judgement.Property(j => j.Rating).HasConversion<string>();
        judgement.Property(j => j.ProposedRating).HasConversion<string>();
    }
}
