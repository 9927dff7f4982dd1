using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Committees;

internal sealed class ResolutionActionConfiguration : IEntityTypeConfiguration<ResolutionAction>
{
    public void Configure(EntityTypeBuilder<ResolutionAction> action) => action.ToTable("resolution_actions");
}
