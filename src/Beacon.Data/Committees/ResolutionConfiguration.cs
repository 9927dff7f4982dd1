using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Committees;

internal sealed class ResolutionConfiguration : IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<Resolution> resolution)
    {
        resolution.ToTable("resolutions");
        resolution.HasMany(r => r.Actions).WithOne().HasForeignKey(a => a.ResolutionId);
    }
}
