using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SocialCare;

internal sealed class CaseAuditModerationConfiguration : IEntityTypeConfiguration<CaseAuditModeration>
{
    public void Configure(EntityTypeBuilder<CaseAuditModeration> moderation)
    {
        moderation.ToTable("case_audit_moderations");
        moderation.HasIndex(m => m.AuditId).IsUnique();
    }
}
