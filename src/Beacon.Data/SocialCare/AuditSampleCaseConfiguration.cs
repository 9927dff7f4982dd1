using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SocialCare;

internal sealed class AuditSampleCaseConfiguration : IEntityTypeConfiguration<AuditSampleCase>
{
    public void Configure(EntityTypeBuilder<AuditSampleCase> sampled)
    {
        sampled.ToTable("audit_sample_cases");
        sampled.HasIndex(c => new { c.SampleId, c.ChildId }).IsUnique();
    }
}
