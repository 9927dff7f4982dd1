using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class SummarySefSectionConfiguration : IEntityTypeConfiguration<SummarySefSection>
{
    public void Configure(EntityTypeBuilder<SummarySefSection> section)
    {
        section.ToTable("summary_sef_sections");
        section
            .HasIndex(s => new
            {
                s.Urn,
                s.Term,
                s.Section,
            })
            .IsUnique();
    }
}
