using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class InspectionDocumentConfiguration : IEntityTypeConfiguration<InspectionDocument>
{
    public void Configure(EntityTypeBuilder<InspectionDocument> entity)
    {
        entity.ToTable("inspection_documents");
        entity.HasIndex(d => d.Item).IsUnique();
    }
}
