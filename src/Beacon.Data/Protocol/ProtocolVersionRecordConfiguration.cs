using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class ProtocolVersionRecordConfiguration : IEntityTypeConfiguration<ProtocolVersionRecord>
{
    public void Configure(EntityTypeBuilder<ProtocolVersionRecord> version)
    {
        version.ToTable("protocol_versions");
        version.HasIndex(v => v.Version).IsUnique();
    }
}
