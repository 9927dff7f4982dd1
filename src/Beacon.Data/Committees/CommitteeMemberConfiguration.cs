using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Committees;

internal sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> member)
    {
        member.ToTable("committee_members");
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(40);
        member.HasIndex(m => m.UserName);
    }
}
