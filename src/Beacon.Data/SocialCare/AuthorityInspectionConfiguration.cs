using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.SocialCare;

internal sealed class AuthorityInspectionConfiguration : IEntityTypeConfiguration<AuthorityInspection>
{
    public void Configure(EntityTypeBuilder<AuthorityInspection> inspection)
    {
        inspection.ToTable("authority_inspections");
        inspection.HasIndex(i => new { i.Authority, i.Date }).IsUnique();
    }
}
