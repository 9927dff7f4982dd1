using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Equality;

internal sealed class EqualityActionConfiguration : IEntityTypeConfiguration<EqualityAction>
{
    public void Configure(EntityTypeBuilder<EqualityAction> action)
    {
        action.ToTable("equality_actions");
        action.HasMany(a => a.Progress).WithOne().HasForeignKey(p => p.ActionId).OnDelete(DeleteBehavior.Restrict);
    }
}
