using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SectorLed;

internal sealed class CoreDatasetCollectionConfiguration : IEntityTypeConfiguration<CoreDatasetCollection>
{
    public void Configure(EntityTypeBuilder<CoreDatasetCollection> collection)
    {
        collection.ToTable("core_dataset_collections");
        collection.Property(c => c.DatasetCode).HasMaxLength(40);
        collection.Property(c => c.OpenedBy).HasMaxLength(256);
        collection
            .HasIndex(c => new
            {
                c.DatasetCode,
                c.Year,
                c.Quarter,
            })
            .IsUnique();
    }
}
