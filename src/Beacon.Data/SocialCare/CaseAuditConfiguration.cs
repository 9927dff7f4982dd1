using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SocialCare;

internal sealed class CaseAuditConfiguration : IEntityTypeConfiguration<CaseAudit>
{
    public void Configure(EntityTypeBuilder<CaseAudit> audit)
    {
        audit.ToTable("case_audits");
        audit.HasIndex(a => a.SampleId);
    }
}
