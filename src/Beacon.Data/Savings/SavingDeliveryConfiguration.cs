using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Savings;

internal sealed class SavingDeliveryConfiguration : IEntityTypeConfiguration<SavingDelivery>
{
    public void Configure(EntityTypeBuilder<SavingDelivery> delivery)
    {
        delivery.ToTable("saving_deliveries");
        delivery.Property(d => d.Planned).HasPrecision(18, 2);
        delivery.Property(d => d.Achieved).HasPrecision(18, 2);
        delivery.Property(d => d.Rating).HasConversion<string>().HasMaxLength(10);
        delivery
            .HasIndex(d => new
            {
                d.OptionId,
                d.Year,
                d.Quarter,
            })
            .IsUnique();
    }
}
