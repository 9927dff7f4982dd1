using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class InspectionTriggerNoteConfiguration : IEntityTypeConfiguration<InspectionTriggerNote>
{
    public void Configure(EntityTypeBuilder<InspectionTriggerNote> entity) => entity.ToTable("inspection_trigger_notes");
}
