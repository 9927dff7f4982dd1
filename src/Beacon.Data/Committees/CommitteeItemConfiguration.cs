using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Committees;

internal sealed class CommitteeItemConfiguration : IEntityTypeConfiguration<CommitteeItem>
{
    public void Configure(EntityTypeBuilder<CommitteeItem> item)
    {
        item.ToTable("committee_items");
    }
}
