using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Equality;

internal sealed class EqualityActionProgressConfiguration : IEntityTypeConfiguration<EqualityActionProgress>
{
    public void Configure(EntityTypeBuilder<EqualityActionProgress> progress)
    {
        progress.ToTable("equality_action_progress");
        progress.HasIndex(p => new
        {
            p.ActionId,
            p.Year,
            p.Quarter,
        });
    }
}
