using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Schools;

internal sealed class FloorStandardsVersionConfiguration : IEntityTypeConfiguration<FloorStandardsVersion>
{
    public void Configure(EntityTypeBuilder<FloorStandardsVersion> version)
    {
        version.ToTable("floor_standards_versions");
    }
}
