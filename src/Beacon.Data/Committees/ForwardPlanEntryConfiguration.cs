using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Committees;

internal sealed class ForwardPlanEntryConfiguration : IEntityTypeConfiguration<ForwardPlanEntry>
{
    public void Configure(EntityTypeBuilder<ForwardPlanEntry> entry)
    {
        entry.ToTable("forward_plan");
        entry.HasIndex(e => e.Reference).IsUnique();
    }
}
