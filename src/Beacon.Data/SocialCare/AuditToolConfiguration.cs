using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SocialCare;

internal sealed class AuditToolConfiguration : IEntityTypeConfiguration<AuditTool>
{
    public void Configure(EntityTypeBuilder<AuditTool> tool)
    {
        tool.ToTable("audit_tools");
        tool.HasIndex(t => t.Name).IsUnique();
        // Beacon's own tool, so that audits can be recorded before an authority writes one.
        tool.HasData(
            new AuditTool
            {
                Id = AuditTool.Beacon,
                Name = "Beacon practice audit",
                Questions = System.Text.Json.JsonSerializer.Serialize(Domain.SocialCare.AuditModeration.Questions),
                Grades = """["Outstanding","Good","Requires improvement","Inadequate"]""",
                CreatedBy = "Beacon",
            }
        );
    }
}
