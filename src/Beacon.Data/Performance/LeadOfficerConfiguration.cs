using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Performance;

internal sealed class LeadOfficerConfiguration : IEntityTypeConfiguration<LeadOfficer>
{
    public void Configure(EntityTypeBuilder<LeadOfficer> officer)
    {
        officer.ToTable("lead_officers");
        officer.HasIndex(o => o.Initials).IsUnique();
    }
}
