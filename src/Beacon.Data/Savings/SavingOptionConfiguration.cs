using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Savings;

internal sealed class SavingOptionConfiguration : IEntityTypeConfiguration<SavingOption>
{
    public void Configure(EntityTypeBuilder<SavingOption> option)
    {
        option.ToTable("saving_options");
        option.HasIndex(o => new { o.CostCentreId, o.Number }).IsUnique();
        option.Property(o => o.NetSaving).HasPrecision(18, 2);
        option.Property(o => o.Rating).HasMaxLength(40);
        option.HasMany(o => o.Deliveries).WithOne().HasForeignKey(d => d.OptionId).OnDelete(DeleteBehavior.Restrict);
    }
}
