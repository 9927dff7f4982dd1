using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Lait;

internal sealed class LaitDictionaryEntryConfiguration : IEntityTypeConfiguration<LaitDictionaryEntry>
{
    public void Configure(EntityTypeBuilder<LaitDictionaryEntry> entry)
    {
        entry.ToTable("lait_dictionary");
        entry.HasIndex(e => new { e.Key, e.Topic }).IsUnique();
    }
}
