using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Committees;

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> item)
    {
        item.ToTable("agenda_items");
        item.Property(i => i.Section).HasConversion<string>().HasMaxLength(40);
        item.Property(i => i.DecisionType).HasConversion<string>().HasMaxLength(40);
        item.Property(i => i.Source).HasConversion<string>().HasMaxLength(40);
        item.HasIndex(i => new
            {
                i.MeetingId,
                i.Section,
                i.Position,
            })
            .IsUnique();
        item.HasMany(i => i.Sections).WithOne().HasForeignKey(s => s.AgendaItemId);
        item.HasMany(i => i.Resolutions).WithOne().HasForeignKey(r => r.AgendaItemId);
        item.Ignore(i => i.Number);
    }
}
