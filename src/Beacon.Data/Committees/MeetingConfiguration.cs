using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Committees;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> meeting)
    {
        meeting.ToTable("meetings");
        meeting.HasIndex(m => new { m.CommitteeId, m.StartsAt }).IsUnique();
        meeting.HasMany(m => m.Items).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId);
    }
}
