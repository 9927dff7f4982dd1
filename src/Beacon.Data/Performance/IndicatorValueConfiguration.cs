using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Performance;

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> value)
    {
        value.ToTable("indicator_values");
        value
            .HasIndex(v => new
            {
                v.IndicatorId,
                v.Year,
                v.Quarter,
            })
            .IsUnique();
    }
}
