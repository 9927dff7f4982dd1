using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Schools;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> school)
    {
        school.ToTable("schools");
        school.HasKey(s => s.Urn);
        school.Property(s => s.Urn).ValueGeneratedNever();
        school.HasIndex(s => s.LaCode);
        school.HasIndex(s => s.PredecessorUrn);
    }
}
