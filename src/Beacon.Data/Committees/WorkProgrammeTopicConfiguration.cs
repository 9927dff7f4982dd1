using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Committees;

internal sealed class WorkProgrammeTopicConfiguration : IEntityTypeConfiguration<WorkProgrammeTopic>
{
    public void Configure(EntityTypeBuilder<WorkProgrammeTopic> topic)
    {
        topic.ToTable("work_programme_topics");
        topic.Property(t => t.Status).HasConversion<string>().HasMaxLength(40);
        topic.HasIndex(t => new { t.CommitteeId, t.MunicipalYear });
    }
}
