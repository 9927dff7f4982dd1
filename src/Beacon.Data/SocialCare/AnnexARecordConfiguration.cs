using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SocialCare;

internal sealed class AnnexARecordConfiguration : IEntityTypeConfiguration<AnnexARecord>
{
    public void Configure(EntityTypeBuilder<AnnexARecord> record)
    {
        record.ToTable("annex_a_records");
        record.HasIndex(r => new { r.List, r.ChildId });
    }
}
