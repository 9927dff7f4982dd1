using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SocialCare;

internal sealed class IroDisputeConfiguration : IEntityTypeConfiguration<IroDispute>
{
    public void Configure(EntityTypeBuilder<IroDispute> dispute)
    {
        dispute.ToTable("iro_disputes");
        dispute.HasIndex(d => d.ChildId);
    }
}
