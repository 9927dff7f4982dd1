using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Equality;

internal sealed class EqualityCharacteristicImpactConfiguration : IEntityTypeConfiguration<EqualityCharacteristicImpact>
{
    public void Configure(EntityTypeBuilder<EqualityCharacteristicImpact> impact)
    {
        impact.ToTable("equality_characteristic_impacts");
        impact.Property(i => i.Characteristic).HasConversion<string>().HasMaxLength(40);
        impact.HasIndex(i => new { i.AssessmentId, i.Characteristic }).IsUnique();
    }
}
