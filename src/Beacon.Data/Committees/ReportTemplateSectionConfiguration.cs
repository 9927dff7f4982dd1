using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Committees;

internal sealed class ReportTemplateSectionConfiguration : IEntityTypeConfiguration<ReportTemplateSection>
{
    public void Configure(EntityTypeBuilder<ReportTemplateSection> section)
    {
        section.ToTable("report_template_sections");
        section.HasIndex(s => s.Position).IsUnique();
    }
}
