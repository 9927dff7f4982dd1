using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SocialCare;

internal sealed class FosteringReturnConfiguration : IEntityTypeConfiguration<FosteringReturn>
{
    public void Configure(EntityTypeBuilder<FosteringReturn> fostering)
    {
        fostering.ToTable("fostering_returns");
        fostering.HasIndex(f => f.Quarter).IsUnique();
    }
}
