using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class SupportMeetingConfiguration : IEntityTypeConfiguration<SupportMeeting>
{
    public void Configure(EntityTypeBuilder<SupportMeeting> meeting)
    {
        meeting.ToTable("support_meetings");
        meeting.HasIndex(m => m.GroupId);
    }
}
