using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Committees;

internal sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> committee)
    {
        committee.ToTable("committees");
        committee.HasIndex(c => c.Name).IsUnique();
        committee.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CommitteeId);
        committee.HasMany(c => c.Meetings).WithOne(m => m.Committee).HasForeignKey(m => m.CommitteeId);
    }
}
