using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Performance;

internal sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> target)
    {
        target.ToTable("indicator_targets");
        target.HasIndex(t => new { t.IndicatorId, t.Year }).IsUnique();
    }
}
