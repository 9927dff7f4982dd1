using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Performance;

internal sealed class NarrativeSectionConfiguration : IEntityTypeConfiguration<NarrativeSection>
{
    public void Configure(EntityTypeBuilder<NarrativeSection> narrative)
    {
        narrative.ToTable("narrative_sections");
        narrative.HasIndex(n => new
        {
            n.Year,
            n.Quarter,
            n.Kind,
            n.SortOrder,
        });
        narrative.Property(n => n.Kind).HasConversion<string>();
    }
}
