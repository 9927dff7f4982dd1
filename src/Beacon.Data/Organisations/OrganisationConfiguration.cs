using Beacon.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.ToTable("organisations");
        organisation.Property(o => o.Name).HasMaxLength(200);
        organisation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        organisation.Property(o => o.LaCode).HasMaxLength(3);
        organisation.Property(o => o.RegionCode).HasMaxLength(9);
        organisation.HasIndex(o => o.LaCode).IsUnique();
        // Every deployment starts as one authority, which owns whatever was there before organisations were.
        organisation.HasData(
            new Organisation
            {
                Id = Organisation.Home,
                Name = "Home authority",
                Kind = OrganisationKind.Authority,
            }
        );
    }
}
