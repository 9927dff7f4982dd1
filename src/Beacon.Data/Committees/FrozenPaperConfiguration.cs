using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Committees;

internal sealed class FrozenPaperConfiguration : IEntityTypeConfiguration<FrozenPaper>
{
    public void Configure(EntityTypeBuilder<FrozenPaper> paper)
    {
        paper.ToTable("frozen_papers");
        paper.HasIndex(p => p.AgendaItemId).IsUnique();
    }
}
