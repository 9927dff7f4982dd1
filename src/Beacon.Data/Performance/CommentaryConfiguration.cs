using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Performance;

internal sealed class CommentaryConfiguration : IEntityTypeConfiguration<Commentary>
{
    public void Configure(EntityTypeBuilder<Commentary> commentary)
    {
        commentary.ToTable("commentaries");
        commentary.HasIndex(c => new
        {
            c.SubjectType,
            c.SubjectId,
            c.Year,
            c.Quarter,
        });
    }
}
