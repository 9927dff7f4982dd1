using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Savings;

internal sealed class SavingRatingDefinitionConfiguration : IEntityTypeConfiguration<SavingRatingDefinition>
{
    public void Configure(EntityTypeBuilder<SavingRatingDefinition> rating)
    {
        rating.ToTable("saving_ratings");
        rating.HasIndex(r => r.Code).IsUnique();
        rating.Property(r => r.Code).HasMaxLength(40);
    }
}
