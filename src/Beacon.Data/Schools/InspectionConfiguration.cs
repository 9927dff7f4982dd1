using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Schools;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> inspection)
    {
        inspection.ToTable("inspections");
        inspection
            .HasIndex(i => new
            {
                i.Urn,
                i.StartDate,
                i.Type,
            })
            .IsUnique();
    }
}
