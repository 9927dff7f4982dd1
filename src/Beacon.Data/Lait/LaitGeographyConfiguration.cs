using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Lait;

internal sealed class LaitGeographyConfiguration : IEntityTypeConfiguration<LaitGeography>
{
    public void Configure(EntityTypeBuilder<LaitGeography> geography)
    {
        geography.ToTable("lait_geographies");
        geography.HasKey(g => g.Number);
        geography.Property(g => g.Number).ValueGeneratedNever();
    }
}
