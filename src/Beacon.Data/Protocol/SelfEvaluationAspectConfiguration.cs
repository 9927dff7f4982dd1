using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Data.Protocol;

internal sealed class SelfEvaluationAspectConfiguration : IEntityTypeConfiguration<SelfEvaluationAspect>
{
    public void Configure(EntityTypeBuilder<SelfEvaluationAspect> aspect)
    {
        aspect.ToTable("self_evaluation_aspects");
        aspect.HasIndex(a => a.Aspect).IsUnique();
    }
}
