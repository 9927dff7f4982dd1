using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class InspectionActionConfiguration : IEntityTypeConfiguration<InspectionAction>
{
    public void Configure(EntityTypeBuilder<InspectionAction> entity) => entity.ToTable("inspection_actions");
}
