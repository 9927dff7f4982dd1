using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SocialCare;

internal sealed class AuditSampleConfiguration : IEntityTypeConfiguration<AuditSample>
{
    public void Configure(EntityTypeBuilder<AuditSample> sample)
    {
        sample.ToTable("audit_samples");
    }
}
