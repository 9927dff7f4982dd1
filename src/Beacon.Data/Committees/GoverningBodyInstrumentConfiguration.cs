using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Committees;

internal sealed class GoverningBodyInstrumentConfiguration : IEntityTypeConfiguration<GoverningBodyInstrument>
{
    public void Configure(EntityTypeBuilder<GoverningBodyInstrument> instrument)
    {
        instrument.ToTable("governing_body_instruments");
        instrument.Property(i => i.Category).HasConversion<string>().HasMaxLength(40);
    }
}
