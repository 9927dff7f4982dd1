using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class SupportGroupConfiguration : IEntityTypeConfiguration<SupportGroup>
{
    public void Configure(EntityTypeBuilder<SupportGroup> group)
    {
        group.ToTable("support_groups");
        group.HasIndex(g => g.Urn);
        group.Property(g => g.Kind).HasConversion<string>();
    }
}
