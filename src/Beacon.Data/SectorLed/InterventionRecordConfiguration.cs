using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SectorLed;

internal sealed class InterventionRecordConfiguration : IEntityTypeConfiguration<InterventionRecord>
{
    public void Configure(EntityTypeBuilder<InterventionRecord> intervention)
    {
        intervention.ToTable("intervention_records");
        intervention.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
        intervention.Property(i => i.Note).HasMaxLength(2_000);
        intervention.Property(i => i.RecordedBy).HasMaxLength(256);
    }
}
