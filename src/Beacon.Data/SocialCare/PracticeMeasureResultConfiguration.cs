using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SocialCare;

internal sealed class PracticeMeasureResultConfiguration : IEntityTypeConfiguration<PracticeMeasureResult>
{
    public void Configure(EntityTypeBuilder<PracticeMeasureResult> result)
    {
        result.ToTable("practice_measure_results");
        result.HasIndex(r => new { r.Code, r.ImportRunId }).IsUnique();
    }
}
