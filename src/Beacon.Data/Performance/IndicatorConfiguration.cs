using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Performance;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> indicator)
    {
        indicator.ToTable("indicators");
        indicator.HasIndex(i => i.Reference).IsUnique();
        indicator.Property(i => i.Polarity).HasConversion<string>();
        indicator.Property(i => i.Accumulation).HasConversion<string>();
    }
}
