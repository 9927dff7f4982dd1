using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class WarningNoticeConfiguration : IEntityTypeConfiguration<WarningNotice>
{
    public void Configure(EntityTypeBuilder<WarningNotice> notice)
    {
        notice.ToTable("warning_notices");
        notice.HasIndex(n => n.Urn);
    }
}
