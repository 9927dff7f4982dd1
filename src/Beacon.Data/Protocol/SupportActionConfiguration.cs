using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class SupportActionConfiguration : IEntityTypeConfiguration<SupportAction>
{
    public void Configure(EntityTypeBuilder<SupportAction> action)
    {
        action.ToTable("support_actions");
        action.HasIndex(a => a.Urn);
    }
}
